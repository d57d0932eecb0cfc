package org.jiulongpo.plan.projects.codelists.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
                .body("statuses[0].code", is("not_reported"))
                .body("statuses[0].nameEn", is("Not reported"))
                .body("sectors.code", contains("consumption", "transport", "energy", "water", "new_infrastructure",
                        "regional_cooperation", "innovation", "manufacturing", "services", "urban", "rural",
                        "culture_tourism", "environment", "ecology", "education", "health", "social_security"))
                .body("sectors.find { it.code == 'regional_cooperation' }.nameZh", is("新龙合作(专栏8)"))
                .body("kinds.code", contains("construction", "programme", "area", "task"))
                .body("specificities.code", contains("named", "generic"))
                .body("planStages.code", hasItems("preliminary_work", "develop", "promote"));
    }
}
