package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Origins the gateway does not allow. Not validated against the contract: Quarkus's CORS filter
 * answers them itself, with a 403 that has no body (docs/operations.md). Other test classes of this
 * JVM install the contract validation as a global filter, so each request here drops it.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class CorsTest {

    @InjectServices
    WireMockServices.Services services;

    @AfterEach
    void reset() {
        services.projects().resetAll();
    }

    @Test
    void theOpaqueOriginNullIsNeverAllowed() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson("{}")));
        // what a sandboxed frame or a file: page sends; '*' used to echo it back
        unvalidated().header("Origin", "null").get("/api/v1/projects/stats").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue()).body(emptyString());
        unvalidated().header("Origin", "null").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects/x/status-updates").then()
                .header("Access-Control-Allow-Origin", nullValue());
        services.projects().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void byDefaultEveryHttpsOriginIsAllowedAndNoPlainHttpOne() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson("{}")));
        unvalidated().header("Origin", "https://data.example.org").get("/api/v1/projects/stats").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://data.example.org");
        unvalidated().header("Origin", "http://data.example.org").get("/api/v1/projects/stats").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static RequestSpecification unvalidated() {
        return given().noFilters();
    }
}
