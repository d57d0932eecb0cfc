package org.jiulongpo.plan.indicators.codelist.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CodeListResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void codeLists() {
        given().get("/api/v1/indicators/code-lists").then().statusCode(200)
                .body("attributes.find { it.code == 'binding' }.nameZh", is("约束性"))
                .body("attributes.find { it.code == 'expected' }.nameZh", is("预期性"))
                .body("progressStatuses.code", contains("achieved", "on_track", "at_risk", "off_track", "no_data", "not_quantified"))
                .body("valueTypes.code", hasItems("level", "annual_average_growth", "five_year_cumulative", "ratio"));
    }
}
