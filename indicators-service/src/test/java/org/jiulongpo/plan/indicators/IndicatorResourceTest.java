package org.jiulongpo.plan.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void spotCheckFyp14Row3() {
        given().when().get("/api/v1/indicators/fyp14-03").then().log().ifValidationFails()
                .statusCode(200)
                .body("nameZh", is("规上工业全员劳动生产率"))
                .body("baseline.value", is(38))
                .body("target.value", is(50))
                .body("unit", is("万元/人"))
                .body("attribute", is("expected"));
    }
}
