package org.jiulongpo.plan.document.element.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

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
class PlanSearchTest {

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static final List<String> NAMES = List.of("title_zh", "title_en");

    @Test
    void theListFilterFindsEveryElementWhoseTitleHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "plan_element", "id", NAMES, "true",
                term -> ids(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/plan/elements")));
    }

    @Test
    void theSearchFindsEveryElementWhoseTitleHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "plan_element", "id", NAMES, "true",
                term -> ids(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/plan/search")));
    }

    @Test
    void theTextIsSearchedAsWellAsTheTitles() throws SQLException {
        Set<String> expected = SearchRecall.expected(db, "plan_element", "id", List.of("text_zh"), "true", "轨道");
        assertThat(expected).isNotEmpty();
        assertThat(ids(given().get("/api/v1/plan/elements?q=轨道&limit=500"))).containsAll(expected);
    }

    private static Set<String> ids(Response r) {
        r.then().statusCode(200);
        return new HashSet<>(r.jsonPath().getList("items.id", String.class));
    }

    @Test
    void aTitleMatchOutranksATextMatchAndTheSnippetMarksTheTerms() {
        Response r = given().get("/api/v1/plan/search?q=现代化基础设施体系&limit=500");
        r.then().statusCode(200).body("items[0].id", is("chp-16")).body("items.id", hasItem("chp-16/p-1"))
                .body("items[0].snippet", is("构建<mark>现代化基础设施体系</mark>"))
                .body("items[0].citation", is("《重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第四篇第十六章"));
        List<Float> ranks = r.jsonPath().getList("items.rank", Float.class);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        given().header("Accept-Language", "en").get("/api/v1/plan/search?q=INFRASTRUCTURE system").then().statusCode(200)
                .body("items.find { it.id == 'chp-16' }.snippet", is("Building a modern <mark>infrastructure</mark> <mark>system</mark>"))
                .body("items.find { it.id == 'chp-16' }.title", is("Building a modern infrastructure system"));
        given().get("/api/v1/plan/elements?q=轨道&type=section").then().statusCode(200)
                .body("items.type", everyItem(is("section")));
    }

    @Test
    void searchAnswersConditionallyAndRefusesWhatItCannotSearch() {
        String tag = given().get("/api/v1/plan/search?q=水库").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/plan/search?q=水库").then().statusCode(304);
        given().get("/api/v1/plan/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("q"));
        given().get("/api/v1/plan/search?q=《》").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/plan/elements?q=《》").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/plan/search?q=水库&limit=abc").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/plan/search?q=水库&limit=501").then().statusCode(400).body("errors[0].field", is("limit"));
    }
}
