package org.jiulongpo.plan.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public port serves the API, the dashboard, the contract and Swagger UI; metrics and health
 * (whose checks name the services' internal addresses) answer on the management port only, and
 * SmallRye's generated document (only the build's input to the contract) nowhere. Also not when a
 * path climbs out of a proxied prefix with encoded dots.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics",
            "/q/openapi-generated", "/api/v1/projects/%2e%2e/%2e%2e/%2e%2e/q/metrics",
            "/api/v1/indicators/%2e%2e/%2e%2e/%2e%2e/q/health", "/api/v1/plan/%2e%2e/%2e%2e/%2e%2e/q/metrics" })
    void thePublicPortDoesNotAnswerManagementPaths(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404)
                .body(not(containsString("jvm_")), not(containsString("downstream services")));
    }

    @Test
    void thePublicPortKeepsTheContractAndSwaggerUi() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started" })
    void theManagementPortAnswersHealth(String path) {
        given().baseUri(base()).get(path).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void theManagementPortAnswersMetrics() {
        given().baseUri(base()).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    private String base() {
        return "http://" + management.getHost() + ":" + management.getPort();
    }
}
