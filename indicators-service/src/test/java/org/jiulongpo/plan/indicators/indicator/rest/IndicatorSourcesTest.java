package org.jiulongpo.plan.indicators.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Issue 15: every quantified target of the text, each citing the element that states it, and the audit's fixes. */
@QuarkusTest
class IndicatorSourcesTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    private static List<Map<String, Object>> all() {
        return given().get("/api/v1/indicators?limit=500").then().statusCode(200).body("nextCursor", nullValue())
                .extract().path("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> indicator) {
        return (Map<String, Object>) indicator.get("source");
    }

    @Test
    void countsByKind() {
        Map<Object, Long> byKind = all().stream().collect(Collectors.groupingBy(i -> i.get("kind"), Collectors.counting()));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(
                Map.of("table_row", 54L, "table_heading", 2L, "prose_target", 57L));
        given().get("/api/v1/indicators?kind=table_heading").then().statusCode(200)
                .body("items.code", contains("fyp13-14", "fyp13-17"));
        given().get("/api/v1/indicators?kind=prose_target&plan=fyp13").then().statusCode(200).body("items", empty());
        given().get("/api/v1/indicators/code-lists").then().statusCode(200)
                .body("kinds.code", contains("table_row", "table_heading", "prose_target"));
    }

    @Test
    void everyProseTargetIsNamedAsPrintedOnItsSourceLine() {
        List<String> seed = PlanText.seedLines();
        List<Map<String, Object>> prose = all().stream().filter(i -> "prose_target".equals(i.get("kind"))).toList();
        assertThat(prose).hasSize(57);
        for (Map<String, Object> i : prose) {
            String line = seed.get((Integer) source(i).get("line") - 1);
            assertThat(line).as((String) i.get("code")).contains((String) i.get("nameZh"))
                    .contains((String) source(i).get("quote"));
            assertThat(line).as((String) i.get("code"))
                    .contains(((Map<?, ?>) i.get("target")).get("raw").toString());
        }
    }

    @Test
    void everySourceElementIsAPlanElementHoldingTheSourceLine() {
        Map<String, PlanText.Element> elements = PlanText.elements();
        assertThat(elements).containsKeys("chp-12/p-1", "box-1/item-14", "box-2/item-24", "box-19/item-1");
        for (Map<String, Object> i : all()) {
            String id = (String) source(i).get("element");
            int line = (Integer) source(i).get("line");
            assertThat(elements).as((String) i.get("code")).containsKey(id);
            PlanText.Element element = elements.get(id);
            assertThat(element.holds(line)).as(i.get("code") + " line " + line + " in " + element).isTrue();
            assertThat(element.type()).isIn("paragraph", "box_item");
        }
        // 专栏1/2 rows cite their row; # sub-rows the row they are printed in
        given().get("/api/v1/indicators/fyp14-03").then().body("source.element", is("box-2/item-3"));
        given().get("/api/v1/indicators/fyp13-17-2").then().body("source.element", is("box-1/item-17"));
        given().get("/api/v1/indicators/fyp14-p01").then().body("source.element", is("chp-12/p-1"))
                .body("source.line", is(405)).body("source.chapter", is("第十二章主要目标"));
    }

    @Test
    void sourceElementFilter() {
        given().get("/api/v1/indicators?sourceElement=chp-12/p-1").then().statusCode(200)
                .body("items.code", contains(IntStream.rangeClosed(1, 11)
                        .mapToObj(n -> String.format("fyp14-p%02d", n)).toArray()));
        given().get("/api/v1/indicators?sourceElement=box-1/item-14, chp-18/sec-2/p-1").then().statusCode(200)
                .body("items.code", contains("fyp13-14", "fyp13-14-1", "fyp13-14-2", "fyp14-p53", "fyp14-p54"));
        // exact match: an ancestor names no indicator
        given().get("/api/v1/indicators?sourceElement=chp-12").then().statusCode(200).body("items", empty());
        String tooMany = IntStream.rangeClosed(1, IndicatorResource.MAX_SOURCE_ELEMENTS + 1)
                .mapToObj(n -> "chp-" + n).collect(Collectors.joining(","));
        for (String bad : List.of("chp-12/p-1,,chp-12/p-2", "CHP-12", "chp-12/p-1;drop", tooMany)) {
            given().queryParam("sourceElement", bad).get("/api/v1/indicators").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("sourceElement"));
        }
    }

    @Test
    void targetsOfTheWholeText() {
        given().get("/api/v1/indicators?sourceElement=chp-16/sec-3/p-1").then()
                .body("items[0].nameZh", is("西彭水厂供水能力")).body("items[0].target.value", is(20))
                .body("items[0].unitZh", is("万吨/日")).body("items[0].target.year", is(2025));
        given().get("/api/v1/indicators/fyp14-p49").then().body("nameZh", is("半小时交通圈"))
                .body("target.value", is(0.5f)).body("unitZh", is("小时")).body("direction", is("decrease"));
        given().get("/api/v1/indicators?sourceElement=chp-18/sec-1/p-1").then()
                .body("items.code", contains("fyp14-p51", "fyp14-p52", "fyp14-p24"))
                .body("items.target.value", contains(1000, 1000, 2000));
        given().get("/api/v1/indicators/fyp14-p53").then().body("target.raw", is("10平方公里"));
        given().get("/api/v1/indicators/fyp14-p54").then().body("target.value", is(100)).body("unitZh", is("万人口"));
        given().get("/api/v1/indicators?sourceElement=chp-29/sec-1/p-1").then()
                .body("items.nameZh", contains("20分钟街道公共服务圈", "10分钟社区生活服务圈"))
                .body("items.unitZh", everyItem(is("分钟")));
        given().get("/api/v1/indicators/fyp14-p57").then().body("target.value", is(8)).body("source.column", is("专栏19"))
                .body("source.element", is("box-19/item-1")).body("kind", is("prose_target"));
    }

    @Test
    void restatementsPointToTheFirstStatement() {
        given().get("/api/v1/indicators/fyp14-p22").then().body("relatedCode", is("fyp14-p15"));
        given().get("/api/v1/indicators/fyp14-p25").then().body("relatedCode", is("fyp14-p03"));
        given().get("/api/v1/indicators/fyp14-p15").then().body("relatedCode", nullValue());
        long restatements = all().stream().filter(i -> i.get("relatedCode") != null).count();
        assertThat(restatements).isEqualTo(12);
    }

    @Test
    void auditFixes() {
        for (String cell : List.of("baseline", "target")) {
            given().get("/api/v1/indicators/fyp14-20").then()
                    .body(cell + ".value", nullValue()).body(cell + ".raw", is(""))
                    .body(cell + ".note", containsString("空白"));
        }
        given().get("/api/v1/indicators/fyp14-19").then().body("target.raw", is("市级下达"));
        for (String code : List.of("fyp14-p15", "fyp14-p22")) {
            given().get("/api/v1/indicators/" + code).then()
                    .body("baseline.value", is(3500)).body("baseline.raw", is("近3500亿元"))
                    .body("baseline.qualifier", is("nearly")).body("baseline.valueType", is("five_year_cumulative"))
                    .body("baseline.note", containsString("2016-2020"))
                    .body("target.valueType", is("five_year_cumulative"));
        }
        given().get("/api/v1/indicators/fyp14-p42").then().body("valueType", is("annual_level"))
                .body("target.value", is(3)).body("target.qualifier", is("approx"));
        given().get("/api/v1/indicators/fyp14-p42/progress").then().statusCode(200)
                .body("formula", startsWith("each year y of 2021..2025"))
                .body("trajectory.findAll { it.year > 2020 }.expected", everyItem(is(3)));
        given().get("/api/v1/indicators?plan=fyp13&limit=500").then()
                .body("items.source.chapter", everyItem(is("第一篇决胜全面建成小康社会取得决定性成就")));
        for (String heading : List.of("fyp13-14", "fyp13-17")) {
            given().get("/api/v1/indicators/" + heading).then().body("kind", is("table_heading"))
                    .body("assessment", nullValue()).body("readingNote", containsString("heading row"));
        }
        given().get("/api/v1/indicators/fyp13-18").then().body("assessment", is("not_assessable"));
        given().header("Accept-Language", "en").get("/api/v1/indicators/fyp13-18").then()
                .body("assessmentExplanation", containsString("37.96–42.04"))
                .body("assessmentExplanation", containsString("40.8"));
        given().get("/api/v1/indicators/fyp14-p44").then()
                .body("nameEn", is("Primary and secondary schools: renovation and expansion"));
    }
}
