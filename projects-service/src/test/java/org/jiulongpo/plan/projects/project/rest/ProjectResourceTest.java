package org.jiulongpo.plan.projects.project.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ProjectResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void spotChecksFromThePlan() {
        given().get("/api/v1/projects?q=渝昆高铁").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sector", is("transport"))
                .body("items[0].subcategory.nameZh", is("铁路"))
                .body("items[0].source.column", is("专栏4"));
        given().get("/api/v1/projects?q=铜罐驿220kV变电站").then().statusCode(200)
                .body("items[0].nameZh", is("铜罐驿220kV变电站"))
                .body("items[0].sector", is("energy"))
                .body("items[0].subcategory.nameZh", is("电网基础设施"));
        given().get("/api/v1/projects/water-reservoir-yinshanhu").then().statusCode(200)
                .body("nameZh", is("印山湖水库"))
                .body("sector", is("water"))
                .body("subcategory.nameZh", is("水利工程"));
        Map<String, String> metroStages = new HashMap<>();
        List<Map<String, Object>> metro = given().get("/api/v1/projects?subcategory=transport-metro").then()
                .statusCode(200).extract().path("items");
        metro.forEach(p -> metroStages.put((String) p.get("nameZh"), (String) p.get("planStage")));
        assertThat(metroStages).containsEntry("轨道19号线", "start_construction")
                .containsEntry("24号线", "start_construction").containsEntry("27号线", "start_construction")
                .containsEntry("12号线", "preliminary_work").containsEntry("21号线", "preliminary_work")
                .containsEntry("26号线", "preliminary_work").containsEntry("轨道18号线", "advance_construction");
    }

    @Test
    void everyProjectCitesItsSourceAndHasBothNames() {
        List<Map<String, Object>> all = given().get("/api/v1/projects?limit=500").then().statusCode(200)
                .body("nextCursor", nullValue()).extract().path("items");
        assertThat(all).hasSizeGreaterThan(60);
        for (Map<String, Object> p : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) p.get("source");
            assertThat((String) source.get("quote")).as(p.get("code").toString()).contains((String) p.get("nameZh"));
            assertThat(p.get("nameEn")).isNotNull();
            // the project columns of the plan: 专栏1 and 专栏2 are the indicator tables
            assertThat(source.get("column")).isIn("专栏3", "专栏4", "专栏5", "专栏6", "专栏7", "专栏8", "专栏9", "专栏10",
                    "专栏11", "专栏12", "专栏13", "专栏14", "专栏15", "专栏16", "专栏17", "专栏18", "专栏19");
        }
    }

    @Test
    void pagesWalkTheWholeListWithoutGapsOrRepeats() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/v1/projects");
            r.then().statusCode(200);
            List<String> codes = r.path("items.code");
            for (String c : codes) {
                assertThat(seen.add(c)).as("repeated " + c).isTrue();
                order.add(c);
            }
            cursor = r.path("nextCursor");
            if (cursor != null) {
                assertThat(r.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor);
            } else {
                assertThat(r.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null);
        int total = given().get("/api/v1/projects/stats").then().extract().path("total");
        assertThat(seen).hasSize(total);
        assertThat(pages).isEqualTo((total + 6) / 7);
    }

    @Test
    void filtersCombine() {
        given().get("/api/v1/projects?sector=education&planStage=implement&limit=500").then().statusCode(200)
                .body("items.sector", everyItem(is("education")))
                .body("items.planStage", everyItem(is("implement")))
                .body("items", not(empty()));
        given().get("/api/v1/projects?location=铜罐驿").then().statusCode(200)
                .body("items.locationZh", everyItem(containsString("铜罐驿")));
        given().get("/api/v1/projects?q=yukun").then().statusCode(200).body("items.code", hasItem("transport-rail-yukun-hsr"));
        given().get("/api/v1/projects?updatedSince=2999-01-01").then().statusCode(200).body("items", empty());
    }

    @Test
    void languageChoosesNameButBothAreAlwaysThere() {
        given().header("Accept-Language", "en").get("/api/v1/projects/water-reservoir-yinshanhu").then()
                .statusCode(200).header("Content-Language", "en")
                .body("name", is(given().get("/api/v1/projects/water-reservoir-yinshanhu").path("nameEn").toString()))
                .body("nameZh", is("印山湖水库"));
        given().get("/api/v1/projects/water-reservoir-yinshanhu").then().header("Content-Language", "zh")
                .body("name", is("印山湖水库"));
    }

    @Test
    void projectionGivesSmallMobileCards() {
        given().get("/api/v1/projects?fields=code,name,sector,status,progressPercent,updatedAt&limit=3").then()
                .statusCode(200)
                .body("items[0].keySet()", containsInAnyOrder("code", "name", "sector", "status", "progressPercent", "updatedAt"));
        given().get("/api/v1/projects?fields=code,password").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("fields"));
    }

    @Test
    void csvHasBomAndChineseText() {
        Response r = given().header("Accept", "text/csv").get("/api/v1/projects?sector=water");
        r.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] body = r.asByteArray();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(body[1]).isEqualTo((byte) 0xBB);
        assertThat(body[2]).isEqualTo((byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("code,name,nameZh,nameEn,sector");
        assertThat(text).contains("印山湖水库");
        given().get("/api/v1/projects?format=csv&sector=water").then().statusCode(200)
                .contentType(containsString("text/csv"));
        given().get("/api/v1/projects?format=xml").then().statusCode(400).body("errors[0].field", is("format"));
    }

    @Test
    void etagsGive304AndChangeWithTheVariant() {
        Response first = given().get("/api/v1/projects?sector=energy");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"v");
        given().header("If-None-Match", etag).get("/api/v1/projects?sector=energy").then().statusCode(304)
                .header("ETag", etag);
        String english = given().header("Accept-Language", "en").get("/api/v1/projects?sector=energy").header("ETag");
        assertThat(english).isNotEqualTo(etag);
        String item = given().get("/api/v1/projects/water-reservoir-yinshanhu").header("ETag");
        given().header("If-None-Match", item).get("/api/v1/projects/water-reservoir-yinshanhu").then().statusCode(304);
        given().get("/api/v1/projects/stats").then().statusCode(200).header("ETag", notNullValue());
    }

    @Test
    void badInputAnswersProblemsNamingTheField() {
        given().get("/api/v1/projects?sector=space").then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("errors[0].field", is("sector"));
        given().get("/api/v1/projects?status=done").then().statusCode(400).body("errors[0].field", is("status"));
        given().get("/api/v1/projects?planStage=x").then().statusCode(400).body("errors[0].field", is("planStage"));
        given().get("/api/v1/projects?subcategory=nope").then().statusCode(400).body("errors[0].field", is("subcategory"));
        given().get("/api/v1/projects?limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/projects?limit=-3").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/projects?limit=abc").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/projects?cursor=not-a-cursor").then().statusCode(400).body("errors[0].field", is("cursor"));
        given().get("/api/v1/projects?updatedSince=yesterday").then().statusCode(400)
                .body("errors[0].field", is("updatedSince"));
        given().get("/api/v1/projects?q=" + "长".repeat(101)).then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/projects/no-such-project").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("detail", containsString("no-such-project"))
                .body("instance", is("/api/v1/projects/no-such-project"));
    }

    @Test
    void largeLimitsAreCapped() {
        given().get("/api/v1/projects?limit=100000").then().statusCode(200).body("items.size()", lessThanOrEqualTo(500));
    }

    @Test
    void subcategoriesCarryBothLabelsAndTheirProjectCounts() {
        given().get("/api/v1/projects/subcategories").then().statusCode(200)
                .body("items.code", hasItems("transport-rail", "energy-grid", "water-conservancy", "education-basic"))
                .body("items.find { it.code == 'transport-metro' }.nameZh", is("轨道"))
                .body("items.find { it.code == 'transport-metro' }.projectCount", is(7));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
        given().contentType("application/json").body("{}").put("/api/v1/projects/water-reservoir-yinshanhu").then()
                .statusCode(405).contentType("application/problem+json").body("status", is(405));
    }
}
