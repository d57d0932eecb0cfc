package org.jiulongpo.plan.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LangTest {

    @Test
    void chineseWhenTheCallerStatesNoPreference() {
        assertThat(Lang.resolve(null)).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("  ")).isEqualTo(Lang.ZH);
    }

    @Test
    void englishForEnglishAndItsRegionalForms() {
        assertThat(Lang.resolve("en")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("en-US")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("en-GB,zh;q=0.9")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("zh-CN")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("zh-Hant-TW,en;q=0.5")).isEqualTo(Lang.ZH);
    }

    @Test
    void languageTagsAreCaseInsensitive() {
        assertThat(Lang.resolve("EN")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("En-Us")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("ZH-cn, en;q=0.1")).isEqualTo(Lang.ZH);
    }

    @Test
    void theHigherQualityWinsWhateverTheOrder() {
        assertThat(Lang.resolve("zh;q=0.4, en;q=0.8")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("en;q=0.5, zh;q=0.9")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("zh-CN;q=0.2,en-US;q=0.3")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("en ; q=0.7 , zh ; q=0.6")).isEqualTo(Lang.EN);
    }

    @Test
    void unsupportedOrRefusedLanguagesFallBackToChinese() {
        assertThat(Lang.resolve("fr, de;q=0.8")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("fr, en;q=0.3")).isEqualTo(Lang.EN);
        assertThat(Lang.resolve("en;q=0")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("eng")).isEqualTo(Lang.ZH);
        assertThat(Lang.resolve("*")).isEqualTo(Lang.ZH);
    }

    @Test
    void nameCarriesTheChosenLanguageAndChineseWhenNoEnglishExists() {
        assertThat(Lang.EN.pick("印山湖", "Yinshan Lake")).isEqualTo("Yinshan Lake");
        assertThat(Lang.ZH.pick("印山湖", "Yinshan Lake")).isEqualTo("印山湖");
        assertThat(Lang.EN.pick("印山湖", null)).isEqualTo("印山湖");
        assertThat(Lang.ZH.tag()).isEqualTo("zh");
        assertThat(Lang.EN.tag()).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "zh-Hans-CN|ZH", "'zh;q=0.9,en;q=0.95'|EN", "'en;q=0.5,zh'|ZH",
            "'en ; q=1.000'|EN", "'en;Q=0.3'|EN" })
    void readsRangesWithScriptsUnweightedEntriesAndAnyCaseOfQ(String header, Lang expected) {
        assertThat(Lang.resolve(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "xx;q=abc,,;", ";", ",", ";;;", ",;,", "en;q=abc", "en;q=1.5", "en;q=-1", "en;q=NaN",
            "en;q=Infinity", "en;q=0.0001", "en;q=", "en;", "en-", "-en", "e n", "en_US", "\u4e2d\u6587", "en;q=1e0",
            "en;q=0.5;q=0.9", "\t", "en;q=0x1" })
    void anUnreadableHeaderOrRangeIsIgnoredNeverAnError(String header) {
        assertThat(Lang.resolve(header)).isEqualTo(Lang.ZH);
    }
}
