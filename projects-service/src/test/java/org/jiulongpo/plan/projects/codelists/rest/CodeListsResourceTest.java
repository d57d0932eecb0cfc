package org.jiulongpo.plan.projects.codelists.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CodeListsResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void codeListsCarryBothLabels() {
        given().get("/api/v1/projects/code-lists").then().statusCode(200)
                .body("statuses.code", hasItems("not_started", "under_construction", "completed", "cancelled"))
                .body("statuses.find { it.code == 'under_construction' }.nameZh", is("在建"))
                .body("sectors.code", contains("transport", "energy", "water", "education"))
                .body("planStages.code", hasItem("preliminary_work"));
    }
}
