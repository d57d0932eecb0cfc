package org.jiulongpo.plan.indicators.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
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
class IndicatorSearchTest {

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static final List<String> NAMES = List.of("name_zh", "name_en");

    @Test
    void theListFilterFindsEveryIndicatorWhoseNameHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "indicator", "code", NAMES, "true",
                term -> codes(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/indicators")));
    }

    @Test
    void theSearchFindsEveryIndicatorWhoseNameHoldsTheTerm() throws SQLException {
        SearchRecall.assertFound(db, "indicator", "code", NAMES, "true",
                term -> codes(given().queryParam("q", term).queryParam("limit", 500).get("/api/v1/indicators/search")));
    }

    private static Set<String> codes(Response r) {
        r.then().statusCode(200);
        return new HashSet<>(r.jsonPath().getList("items.code", String.class));
    }

    @Test
    void searchRanksNamesFirstAndMarksTheTerms() {
        Response r = given().get("/api/v1/indicators/search?q=森林覆盖率&limit=500");
        r.then().statusCode(200).body("query", is("森林覆盖率")).body("items.code", hasItems("fyp13-18", "fyp14-23"));
        List<Float> ranks = r.jsonPath().getList("items.rank", Float.class);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(r.jsonPath().getString("items.find { it.code == 'fyp14-23' }.snippet")).isEqualTo("<mark>森林覆盖率</mark>");
        assertThat(r.jsonPath().getString("items.find { it.code == 'fyp14-23' }.status")).isNotNull();
        assertThat(r.jsonPath().getString("items.find { it.code == 'fyp13-18' }.assessment")).isNotNull();
        given().header("Accept-Language", "en").get("/api/v1/indicators/search?q=FOREST").then().statusCode(200)
                .body("items.find { it.code == 'fyp14-23' }.snippet", is("<mark>Forest</mark> coverage rate"));
    }

    @Test
    void searchAnswersConditionallyAndRefusesWhatItCannotSearch() {
        String tag = given().get("/api/v1/indicators/search?q=森林").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/indicators/search?q=森林").then().statusCode(304);
        given().get("/api/v1/indicators/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("q"));
        given().get("/api/v1/indicators/search?q=、").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/indicators/search?q=森林&limit=-1").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/indicators/search?q=森林&limit=501").then().statusCode(400).body("errors[0].field", is("limit"));
    }
}
