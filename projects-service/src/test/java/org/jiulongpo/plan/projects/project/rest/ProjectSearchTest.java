package org.jiulongpo.plan.projects.project.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.ADMIN;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.etag;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.SearchRecall;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class ProjectSearchTest {

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static final List<String> NAMES = List.of("name_zh", "name_en");

    @Test
    void theListFilterFindsEveryProjectWhoseNameHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "project", "code", NAMES, "deleted_at is null",
                term -> codes(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/projects")));
    }

    @Test
    void theSearchFindsEveryProjectWhoseNameHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "project", "code", NAMES, "deleted_at is null",
                term -> codes(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/projects/search")));
    }

    private static Set<String> codes(Response r) {
        r.then().statusCode(200);
        return new HashSet<>(r.jsonPath().getList("items.code", String.class));
    }

    @Test
    void searchRanksBestFirstAndMarksTheTermsInTheSnippet() {
        Response r = given().get("/api/v1/projects/search?q=轨道&limit=500");
        r.then().statusCode(200).body("query", is("轨道"));
        List<Float> ranks = r.jsonPath().getList("items.rank", Float.class);
        assertThat(ranks).isNotEmpty().isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(r.jsonPath().getList("items.snippet", String.class)).allMatch(s -> s.contains("<mark>轨道</mark>"));
        given().header("Accept-Language", "en").get("/api/v1/projects/search?q=KUNMING").then().statusCode(200)
                .body("items[0].code", is("transport-rail-yukun-hsr"))
                .body("items[0].name", is("Chongqing–Kunming High-Speed Railway"))
                .body("items[0].snippet", is("Chongqing–<mark>Kunming</mark> High-Speed Railway"));
        // only the code holds "yukun": found, with no snippet to show
        given().get("/api/v1/projects/search?q=yukun").then().statusCode(200)
                .body("items[0].code", is("transport-rail-yukun-hsr")).body("items[0]", not(hasKey("snippet")));
    }

    @Test
    void aNameMatchOutranksALocationMatch() {
        Response r = given().get("/api/v1/projects/search?q=铜罐驿&limit=500");
        List<String> snippets = r.jsonPath().getList("items.snippet", String.class);
        List<String> names = r.jsonPath().getList("items.nameZh", String.class);
        int lastNameHit = -1;
        int firstOtherHit = names.size();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).contains("铜罐驿")) {
                lastNameHit = i;
            } else {
                firstOtherHit = Math.min(firstOtherHit, i);
            }
        }
        assertThat(lastNameHit).isGreaterThanOrEqualTo(0);
        assertThat(lastNameHit).isLessThan(firstOtherHit);
        assertThat(snippets).allMatch(s -> s.contains("<mark>铜罐驿</mark>"));
    }

    @Test
    void anEditIsSearchableAtOnce() {
        String code = "water-reservoir-yinshanhu";
        given().get("/api/v1/projects/search?q=zebrafish").then().statusCode(200).body("items.code", not(hasItem(code)));
        String before = given().get("/api/v1/projects/" + code).path("locationEn");
        String tag = etag(code);
        String after = given().contentType("application/merge-patch+json").header("Authorization", ADMIN)
                .header("If-Match", tag).body("{\"locationEn\":\"Zebrafish Lane\"}").patch("/api/v1/projects/" + code)
                .then().statusCode(200).extract().header("ETag");
        given().get("/api/v1/projects/search?q=zebrafish").then().statusCode(200).body("items.code", hasItem(code))
                .body("items.find { it.code == '" + code + "' }.snippet", is("<mark>Zebrafish</mark> Lane"));
        given().get("/api/v1/projects?q=fish").then().statusCode(200).body("items.code", hasItem(code));
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", after)
                .body(before == null ? "{\"locationEn\":null}" : "{\"locationEn\":\"" + before + "\"}")
                .patch("/api/v1/projects/" + code).then().statusCode(200);
        given().get("/api/v1/projects/search?q=zebrafish").then().statusCode(200).body("items.code", not(hasItem(code)));
    }

    @Test
    void searchAnswersConditionallyAndRefusesWhatItCannotSearch() {
        String tag = given().get("/api/v1/projects/search?q=水库").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/projects/search?q=水库").then().statusCode(304);
        given().header("If-None-Match", tag).header("Accept-Language", "en").get("/api/v1/projects/search?q=水库").then()
                .statusCode(200);
        given().get("/api/v1/projects/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("q"));
        given().get("/api/v1/projects/search?q=——").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/projects?q=——").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/projects/search?q=" + "长".repeat(101)).then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/projects/search?q=水库&limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/projects/search?q=水库&limit=501").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/projects/search?q=水库&limit=1").then().statusCode(200).body("items.size()", is(1));
    }
}
