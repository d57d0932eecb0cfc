package org.jiulongpo.plan.projects.stats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatsResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void statsCountEverySectorAndStatus() {
        given().get("/api/v1/projects/stats").then().statusCode(200)
                .body("bySectorAndStatus.keySet()", containsInAnyOrder("consumption", "transport", "energy", "water",
                        "new_infrastructure", "regional_cooperation", "innovation", "manufacturing", "services", "urban",
                        "rural", "culture_tourism", "environment", "ecology", "education", "health", "social_security"))
                .body("bySectorAndStatus.transport.keySet()", hasItems("not_reported", "not_started", "under_construction", "completed"))
                .body("bySectorAndStatus.transport.not_reported", greaterThan(0))
                .body("byPlanStage.keySet()", hasItems("develop", "promote"))
                .body("byPlanStage.start_construction", greaterThan(0))
                .body("total", greaterThan(60));
    }

    @Test
    void latestTakesZeroToFiftyAndRefusesMore() {
        given().get("/api/v1/projects/stats?latest=0").then().statusCode(200).body("latestUpdates", hasSize(0));
        given().get("/api/v1/projects/stats?latest=50").then().statusCode(200);
        given().get("/api/v1/projects/stats?latest=51").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("latest"));
    }
}
