package org.jiulongpo.plan.common.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> texts(List<Segmenter.Token> tokens) {
        return tokens.stream().map(Segmenter.Token::text).toList();
    }

    @Test
    void cjkRunsGiveUnigramsAndOverlappingBigrams() {
        assertThat(texts(Segmenter.index("轨道交通"))).containsExactly("轨", "轨道", "道", "道交", "交", "交通", "通");
        assertThat(Segmenter.index("轨道").get(1)).isEqualTo(new Segmenter.Token("轨道", 0, Segmenter.Kind.BIGRAM));
    }

    @Test
    void punctuationEndsARunAndNoBigramCrossesIt() {
        assertThat(texts(Segmenter.index("学校，医院"))).containsExactly("学", "学校", "校", "医", "医院", "院");
    }

    @Test
    void latinWordsAreLowerCasedWithTheirSuffixesAndNumbersAreWords() {
        assertThat(Segmenter.index("Monorail 2025")).containsExactly(
                new Segmenter.Token("monorail", 0, Segmenter.Kind.WORD),
                new Segmenter.Token("onorail", 1, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("norail", 2, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("orail", 3, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("rail", 4, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("ail", 5, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("il", 6, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("l", 7, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("2025", 9, Segmenter.Kind.WORD),
                new Segmenter.Token("025", 10, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("25", 11, Segmenter.Kind.SUFFIX),
                new Segmenter.Token("5", 12, Segmenter.Kind.SUFFIX));
    }

    @Test
    void mixedScriptsSplitAtTheScriptBoundary() {
        assertThat(Segmenter.query("5G基站")).containsExactly(new Segmenter.Token("5g", 0, Segmenter.Kind.WORD),
                new Segmenter.Token("基站", 2, Segmenter.Kind.BIGRAM));
    }

    @Test
    void foldingKeepsOffsetsAndReadsFullWidthLatin() {
        assertThat(Segmenter.fold("ＲＡＩＬ轨道")).isEqualTo("rail轨道");
        assertThat(Segmenter.fold("İ")).hasSize(1);
        assertThat(texts(Segmenter.query("ＲＡＩＬ"))).containsExactly("rail");
    }

    @Test
    void aQueryOfTwoOrMoreCjkCharactersNeedsItsBigramsAndOneCharacterItself() {
        assertThat(texts(Segmenter.query("变电站"))).containsExactly("变电", "电站");
        assertThat(texts(Segmenter.query("水"))).containsExactly("水");
        assertThat(texts(Segmenter.query("轨道 Rail rail"))).containsExactly("轨道", "rail");
        assertThat(Segmenter.query("，。!? ")).isEmpty();
    }

    @Test
    void theTsqueryRequiresEveryTermAndMatchesWordsAsPrefixes() {
        assertThat(SearchQuery.parse("变电站 Substation", "q").tsquery()).isEqualTo("'变电' & '电站' & 'substation':*");
        assertThatThrownBy(() -> SearchQuery.parse("——", "q")).isInstanceOf(ProblemException.class);
    }

    @Test
    void theVectorWeighsNamesAOtherTextBAndSuffixesTwoStepsLower() {
        String v = new SearchVector().add('A', "水库").add('B', "Park").literal();
        assertThat(v).isEqualTo("'水':1A '水库':1A '库':2A 'park':12B 'ark':13 'rk':14 'k':15");
        assertThat(new SearchVector().add('A', "ab").literal()).isEqualTo("'ab':1A 'b':2C");
        assertThat(new SearchVector().add('A', null).add('B', " ").literal()).isEmpty();
    }

    @Test
    void theVectorQuotesWhatPostgresqlWouldReadAsSyntax() {
        assertThat(SearchVector.quote("it's\\")).isEqualTo("'it''s\\\\'");
    }

    @Test
    void aSnippetMarksEveryOccurrenceAndEscapesHtml() {
        SearchQuery q = SearchQuery.parse("轨道", "q");
        assertThat(q.snippet("<b>轨道</b>交通与轨道")).isEqualTo("&lt;b&gt;<mark>轨道</mark>&lt;/b&gt;交通与<mark>轨道</mark>");
        assertThat(SearchQuery.parse("变电站", "q").snippet("110千伏变电站")).isEqualTo("110千伏<mark>变电站</mark>");
        assertThat(SearchQuery.parse("RAIL", "q").snippet("Chongqing Monorail & Rail")).isEqualTo(
                "Chongqing Mono<mark>rail</mark> &amp; <mark>Rail</mark>");
    }

    @Test
    void aSnippetTakesTheFirstFieldThatMatchesAndCutsLongTextWithEllipses() {
        SearchQuery q = SearchQuery.parse("水库", "q");
        assertThat(q.snippet("没有", null, "新建水库")).isEqualTo("新建<mark>水库</mark>");
        assertThat(q.snippet("没有")).isNull();
        String longText = "甲".repeat(200) + "水库" + "乙".repeat(200);
        String s = q.snippet(longText);
        assertThat(s).startsWith("…").endsWith("…").contains("<mark>水库</mark>");
        assertThat(s.replace("<mark>", "").replace("</mark>", "")).hasSize(SearchQuery.SNIPPET_WIDTH + 2);
        assertThat(s.indexOf("<mark>")).isEqualTo(1 + SearchQuery.SNIPPET_WIDTH / 4);
    }
}
