package org.jiulongpo.plan.projects.project.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The kind, specificity and source element of every row, their filters, the flagged rows and the audit's fixes. */
@QuarkusTest
class KindsSourcesAndFixesTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    private static List<Map<String, Object>> all() {
        return given().get("/api/v1/projects?limit=500").then().statusCode(200).extract().path("items");
    }

    @Test
    void theFormerlyExcludedItemsAreFlaggedRowsInReadingOrder() {
        given().get("/api/v1/projects/water-supply-old-mains-secondary-supply-renovation").then().statusCode(200)
                .body("nameZh", is("城镇老旧供水管网和二次供水设施改造"))
                .body("kind", is("programme")).body("specificity", is("generic"))
                .body("planStage", is("implement")).body("planStagePhrase", is("实施"))
                .body("source.element", is("box-6/item-1")).body("source.line", is(767))
                .body("status", is("not_reported")).body("version", is(0));
        given().get("/api/v1/projects/water-supply-emergency-standby-water-sources").then().statusCode(200)
                .body("nameZh", is("应急备用水源建设"))
                .body("kind", is("programme")).body("specificity", is("generic"));
        given().get("/api/v1/projects?subcategory=water-supply").then().statusCode(200)
                .body("items.code", contains("water-supply-xipeng-water-plant",
                        "water-supply-old-mains-secondary-supply-renovation", "water-supply-emergency-standby-water-sources"));
        given().get("/api/v1/projects?subcategory=education-vocational").then().statusCode(200)
                .body("items.nameZh", contains("“三年培育计划”", "“质量提升计划”", "“技能科研促进计划”", "职教中心教学楼扩建"))
                .body("items.kind", contains("programme", "programme", "programme", "construction"))
                .body("items.specificity", everyItem(is("named")))
                .body("items.source.element", everyItem(is("box-17/item-3")));
    }

    @Test
    void theCollectiveNounsThatRestateNamedItemsAreNoRows() {
        for (String phrase : List.of("一批中小学校", "一批公路", "中小河流")) {
            given().queryParam("q", phrase).get("/api/v1/projects").then().statusCode(200).body("items", empty());
        }
    }

    @Test
    void filtersByKindSpecificityAndSourceElement() {
        given().get("/api/v1/projects?kind=programme").then().statusCode(200)
                .body("items", hasSize(5)).body("items.kind", everyItem(is("programme")));
        given().get("/api/v1/projects?specificity=generic").then().statusCode(200)
                .body("items.code", containsInAnyOrder("water-supply-old-mains-secondary-supply-renovation",
                        "water-supply-emergency-standby-water-sources"));
        given().get("/api/v1/projects?kind=programme&specificity=named").then().statusCode(200)
                .body("items", hasSize(3));
        given().get("/api/v1/projects?sourceElement=box-6/item-1").then().statusCode(200)
                .body("items", hasSize(3)).body("items.source.element", everyItem(is("box-6/item-1")));
        given().get("/api/v1/projects?sourceElement=box-6/item-1, box-17/item-3&limit=500").then().statusCode(200)
                .body("items", hasSize(7));
        // exact, not a prefix: the box itself states no project
        given().get("/api/v1/projects?sourceElement=box-6").then().statusCode(200).body("items", empty());
        List<Map<String, Object>> everyRow = all();
        assertThat(everyRow).allSatisfy(p -> {
            assertThat(p.get("kind")).isNotNull();
            assertThat(p.get("specificity")).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) p.get("source");
            assertThat((String) source.get("element")).matches("box-(4|5|6|17)/item-[1-7]");
        });
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        given().get("/api/v1/projects?kind=building").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("kind"));
        given().get("/api/v1/projects?specificity=some").then().statusCode(400).body("errors[0].field", is("specificity"));
        given().get("/api/v1/projects?sourceElement=box-4/item-1,,box-4/item-2").then().statusCode(400)
                .body("errors[0].field", is("sourceElement"));
        given().get("/api/v1/projects?sourceElement=BOX 4").then().statusCode(400).body("errors[0].field", is("sourceElement"));
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "box-4/item-" + i).collect(Collectors.joining(","));
        given().queryParam("sourceElement", fiftyOne).get("/api/v1/projects").then().statusCode(400)
                .body("errors[0].field", is("sourceElement"));
        String fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "box-4/item-" + i).collect(Collectors.joining(","));
        given().queryParam("sourceElement", fifty).get("/api/v1/projects?limit=500").then().statusCode(200)
                .body("items.sector", everyItem(is("transport")));
        given().get("/api/v1/projects?status=not_reported&limit=1").then().statusCode(200)
                .body("items[0].status", is("not_reported"));
    }

    @Test
    void pipelineRelocationIsOneProjectAndTheRemovedCodesAnswerGone() {
        given().get("/api/v1/projects/energy-gas-xigandao-pipeline-relocation").then().statusCode(200)
                .body("nameZh", is("西干道、西铜南路、西铜北路工程中管线迁改"))
                .body("nameEn", containsString("West Trunk Road"));
        for (String removed : List.of("energy-gas-xitong-south-road-pipeline-relocation",
                "energy-gas-xitong-north-road-pipeline-relocation",
                "education-higher-scfai-history-hall-urban-aesthetic-college-renovation")) {
            given().get("/api/v1/projects/" + removed).then().statusCode(410).contentType("application/problem+json");
        }
        given().get("/api/v1/projects?subcategory=energy-gas").then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void theTwoBuildingsOfTheFineArtsInstituteAreTwoRows() {
        given().get("/api/v1/projects?subcategory=education-higher").then().statusCode(200)
                .body("items.nameZh", contains("李政道科学与艺术学院", "川美校史陈列馆", "城市美育学院改造"))
                .body("items.planStagePhrase", contains("新建", "推动…改造", "推动…改造"));
    }

    @Test
    void oneEnglishTermPerChineseTerm() {
        given().get("/api/v1/projects/transport-waterway-huangci-operation-area-phase-1").then().statusCode(200)
                .body("nameEn", containsString("Huanglian")).body("locationEn", is("Huanglian, Xipeng"));
        given().get("/api/v1/projects/transport-bridge-tunnel-lijiatuo-duplicate-bridge").then().statusCode(200)
                .body("nameEn", is("Lijiatuo Second (Parallel) Bridge"));
        for (Map<String, Object> p : all()) {
            String nameZh = (String) p.get("nameZh");
            String nameEn = (String) p.get("nameEn");
            String where = p.get("code").toString();
            assertThat(nameEn + " " + p.get("locationEn")).as(where)
                    .doesNotContain("Huangci", "Xigandao", "Duplicate", "Upgrading", "Reconstruction and Expansion",
                            "Chongqing West Station");
            @SuppressWarnings("unchecked")
            Object subcategory = ((Map<String, Object>) p.get("subcategory")).get("code");
            if (nameZh.contains("改扩建") || subcategory.equals("transport-highway")) {
                assertThat(nameEn).as(where).contains("Renovation and Expansion");
            }
            if (nameZh.contains("重庆西站")) {
                assertThat(nameEn).as(where).contains("Chongqing West Railway Station");
            }
            if (nameZh.contains("复线桥")) {
                assertThat(nameEn).as(where).contains("Second (Parallel) Bridge");
            }
        }
    }

    @Test
    void csvShowsNotReportedAndAnEmptyProgressCell() {
        Response r = given().header("Accept", "text/csv")
                .get("/api/v1/projects?subcategory=water-supply&fields=code,status,progressPercent,kind,specificity,source");
        r.then().statusCode(200);
        List<String> lines = new String(r.asByteArray(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,kind,specificity,status,progressPercent,source.column,source.chapter,"
                + "source.quote,source.line,source.element");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(
                "water-supply-emergency-standby-water-sources,programme,generic,not_reported,,专栏6,"));
    }
}
