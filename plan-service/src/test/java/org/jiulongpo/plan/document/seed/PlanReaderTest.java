package org.jiulongpo.plan.document.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.seed.PlanReader.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reading rules of docs/data/plan.md, on the real plan text and on small made-up texts. */
class PlanReaderTest {

    private static List<String> lines;
    private static PlanReader plan;

    @BeforeAll
    static void read() throws IOException {
        lines = PlanMigration.lines(Seed.file());
        plan = PlanReader.read(lines);
    }

    private static Node get(String id) {
        return plan.find(id).orElseThrow(() -> new AssertionError("no element " + id));
    }

    private static List<String> ids(ElementType kind) {
        return plan.elements().stream().filter(e -> e.kind == kind).map(e -> e.id).toList();
    }

    @Test
    void theHeadingsAndBoxesAreAllThere() {
        Map<ElementType, Long> counts = plan.elements().stream().collect(Collectors.groupingBy(e -> e.kind, Collectors.counting()));
        assertThat(counts).containsEntry(ElementType.PART, 14L).containsEntry(ElementType.CHAPTER, 60L).containsEntry(ElementType.SECTION, 109L)
                .containsEntry(ElementType.BOX, 19L).containsEntry(ElementType.FRONT_MATTER, 1L);
        assertThat(ids(ElementType.CHAPTER)).startsWith("chp-1", "chp-2").endsWith("chp-59", "chp-60");
        assertThat(get("chp-16").num).isEqualTo("第十六章");
        assertThat(get("chp-16").numValue).isEqualTo(16);
        assertThat(get("chp-16").titleZh).isEqualTo("构建现代化基础设施体系");
        assertThat(get("chp-16").parent.id).isEqualTo("part-4");
        assertThat(get("chp-16/sec-1").titleZh).isEqualTo("完善城市综合交通体系");
        // the space after the number is no part of the title; the text keeps it
        assertThat(get("chp-24/sec-3").titleZh).isEqualTo("优化创新创业创造生态");
        assertThat(plan.text(get("chp-24/sec-3").from, get("chp-24/sec-3").to)).isEqualTo("第三节 优化创新创业创造生态");
        assertThat(get("box-4").titleZh).isEqualTo("重大交通建设项目");
        assertThat(get("box-4").num).isEqualTo("专栏4");
    }

    @Test
    void aHeadingBrokenOverTwoLinesIsOneHeading() {
        List<String> broken = plan.elements().stream()
                .filter(e -> (e.kind == ElementType.PART || e.kind == ElementType.CHAPTER || e.kind == ElementType.SECTION) && e.from != e.to)
                .map(e -> e.id).toList();
        assertThat(broken).containsExactly("part-5", "chp-18/sec-1", "chp-18/sec-2", "chp-18/sec-3", "chp-18/sec-4",
                "chp-18/sec-5");
        assertThat(get("part-5").titleZh).isEqualTo("牢固树立一体化发展理念,示范引领成渝地区双城经济圈建设");
        assertThat(get("chp-18/sec-5").titleZh).isEqualTo("在主城四山保护涵养中打造中梁山“一大生态景区”");
        assertThat(get("chp-18/sec-5").from).isEqualTo(841);
        assertThat(get("chp-18/sec-5").to).isEqualTo(843);
    }

    @Test
    void aParagraphCutInTheMiddleOfASentenceIsOneParagraph() {
        List<String> joined = plan.elements().stream().filter(e -> e.kind == ElementType.PARAGRAPH && e.from != e.to)
                .map(e -> e.id + "@" + e.from + "-" + e.to).toList();
        assertThat(joined).containsExactly("part-4/p-1@669-671", "chp-16/sec-2/p-1@751-753",
                "chp-18/sec-4/p-1@837-839", "chp-24/sec-3/p-1@929-931", "chp-25/sec-2/p-1@955-957",
                "chp-29/sec-3/p-1@1035-1037", "chp-32/sec-2/p-1@1099-1101");
        // a paragraph whose end is lost, followed by a heading, stays alone
        assertThat(get("chp-19/sec-2/p-1").from).isEqualTo(857);
        assertThat(get("chp-19/sec-2/p-1").to).isEqualTo(857);
    }

    @Test
    void boxesSitWhereTheyArePrintedExceptTheReviewOfTheThirteenthPlan() {
        assertThat(get("box-1").parent.id).isEqualTo("part-1");
        assertThat(get("part-1").children.get(get("part-1").children.size() - 1).id).isEqualTo("box-1");
        assertThat(get("box-2").parent.id).isEqualTo("chp-12");
        assertThat(get("box-4").parent.id).isEqualTo("chp-16/sec-1");
        assertThat(get("box-11").parent.id).isEqualTo("chp-26");
        assertThat(get("box-17").parent.id).isEqualTo("chp-45/sec-4");
    }

    @Test
    void tableRowsAreKeyedByTheirPrintedNumber() {
        Node box1 = get("box-1");
        assertThat(box1.children.stream().filter(c -> c.id.matches("box-1/item-\\d+")).count()).isEqualTo(25);
        assertThat(box1.children.stream().filter(c -> c.id.contains("/group-")).map(c -> c.titleZh))
                .containsExactly("总量指标", "创新发展", "协调发展", "绿色发展", "开放发展", "共享发展");
        assertThat(box1.children.get(0).id).isEqualTo("box-1/header");
        assertThat(box1.children.get(box1.children.size() - 1).id).isEqualTo("box-1/p-1");
        // the # sub-rows belong to their row
        assertThat(get("box-1/item-17").from).isEqualTo(243);
        assertThat(get("box-1/item-17").to).isEqualTo(273);
        // a value that equals the next 序号 (row 22's target 23) does not start a row
        assertThat(get("box-1/item-22").from).isEqualTo(327);
        assertThat(get("box-1/item-22").to).isEqualTo(335);
        assertThat(get("box-1/item-23").titleZh).isEqualTo("人均预期寿命(岁)");
        assertThat(get("box-2").children.stream().filter(c -> c.id.matches("box-2/item-\\d+")).count()).isEqualTo(24);
        assertThat(get("box-2/item-3").num).isEqualTo("3");
        assertThat(get("box-2/item-3").titleZh).isEqualTo("规上工业全员劳动生产率(万元/人,2020年价)");
        assertThat(get("box-2/item-19").to).isEqualTo(617);
    }

    @Test
    void aProjectBoxHasOneItemPerPrintedLine() {
        assertThat(get("box-4").children).extracting(n -> n.titleZh)
                .containsExactly("铁路", "轨道", "高速公路", "桥隧工程", "城市主干道", "公路", "内河水运");
        assertThat(get("box-4/item-1").from).isEqualTo(735);
        assertThat(get("box-19/item-4").titleZh).isEqualTo("养老服务");
    }

    @Test
    void everyLineOfThePlanBelongsToExactlyOneElement() {
        assertThat(plan.lastLine()).isEqualTo(1533);
        int[] owners = new int[plan.lastLine() + 1];
        for (Node e : plan.elements()) {
            for (int n = e.from; n <= e.to; n++) {
                owners[n]++;
            }
        }
        List<Integer> uncovered = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        for (int n = 1; n <= plan.lastLine(); n++) {
            if (owners[n] > 1) {
                shared.add(n);
            } else if (owners[n] == 0 && !lines.get(n - 1).isBlank()) {
                uncovered.add(n);
            }
        }
        assertThat(uncovered).as("lines of the plan in no element").isEmpty();
        assertThat(shared).as("lines in more than one element").isEmpty();
    }

    @Test
    void theFrontMatterIsReadFromThePage() {
        PlanReader.FrontMatter front = plan.frontMatter();
        assertThat(front.title()).isEqualTo("重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
        assertThat(front.issuer()).isEqualTo("九龙坡区发展改革委");
        assertThat(front.issuerFullName()).isEqualTo("重庆市九龙坡区发展和改革委员会");
        assertThat(front.indexNumber()).isEqualTo("11500107450388938X/2021-00020");
        assertThat(front.documentNumber()).isNull();
        assertThat(front.writtenOn()).isEqualTo("2021-04-09");
        assertThat(front.publishedOn()).isEqualTo("2021-04-09");
        assertThat(get("front").to).isEqualTo(16);
        assertThat(get("front/p-1").from).isEqualTo(18);
    }

    @Test
    void citationsNameEveryLevel() {
        Function<String, String> zh = id -> PlanMigration.citationZh("T", get(id));
        assertThat(zh.apply("chp-16/sec-1/p-1")).isEqualTo("《T》第四篇第十六章第一节第1段");
        assertThat(zh.apply("box-4/item-1")).isEqualTo("《T》第四篇第十六章第一节专栏4第1项");
        assertThat(zh.apply("box-1/header")).isEqualTo("《T》第一篇专栏1表头");
        assertThat(zh.apply("front/p-1")).isEqualTo("《T》卷首第1段");
        assertThat(PlanMigration.citationEn("T", get("chp-12/p-3"))).isEqualTo("T, Part 3, Chapter 12, Paragraph 3");
        assertThat(PlanMigration.citationEn("T", get("box-2/item-3"))).isEqualTo("T, Part 3, Chapter 12, Box 2, Item 3");
    }

    @Test
    void aTextThatBreaksTheRulesIsRefusedWithItsLine() {
        List<String> front = List.of("机构", "", "[ 索引号 ] X/1 [ 发文字号 ]", "[ 主题分类 ] 甲 [ 体裁分类 ] 乙",
                "[ 发布机构 ] 丙", "[ 成文日期 ] 2021-01-01 [ 发布日期 ] 2021-01-02", "", "标题", "", "前言。", "");
        List<String> outOfOrder = new ArrayList<>(front);
        outOfOrder.addAll(List.of("第一篇甲", "", "第二章乙", "", "正文。", "", PlanReader.PAGE_FOOTER));
        assertThatThrownBy(() -> PlanReader.read(outOfOrder)).hasMessageContaining("line 14")
                .hasMessageContaining("expected 章 1");
        List<String> strayCell = new ArrayList<>(front);
        strayCell.addAll(List.of("第一篇甲", "", "专栏1  表", "", "序号", "", "指标", "", "属性", "", "3", "", "名称", "",
                PlanReader.PAGE_FOOTER));
        assertThatThrownBy(() -> PlanReader.read(strayCell)).hasMessageContaining("line 22")
                .hasMessageContaining("outside any row");
        List<String> inOrder = new ArrayList<>(front);
        inOrder.addAll(List.of("第一篇甲", "", "第一章乙", "", "第一节丙", "", "正文。", "", PlanReader.PAGE_FOOTER));
        assertThat(PlanReader.read(inOrder).elements()).extracting(n -> n.id)
                .containsExactly("front", "front/p-1", "part-1", "chp-1", "chp-1/sec-1", "chp-1/sec-1/p-1");
        List<String> noFooter = List.of("第一篇甲", "", "正文。");
        assertThatThrownBy(() -> PlanReader.read(noFooter)).hasMessageContaining(PlanReader.PAGE_FOOTER);
    }
}
