package org.jiulongpo.plan.notifications;

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
 * Metrics, health (its checks name internal addresses) and the generated OpenAPI document answer
 * on the management port only; the port the API is served on has none of them, not even by a
 * path that climbs out of the API with encoded dots.
 */
@QuarkusTest
@QuarkusTestResource(ProjectsFeedStub.class)
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics",
            "/q/openapi", "/api/v1/events/%2e%2e/%2e%2e/%2e%2e/q/metrics", "/api/v1/events/%2e%2e/%2e%2e/%2e%2e/q/health" })
    void thePublicPortDoesNotAnswerManagementPaths(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404)
                .body(not(containsString("jvm_")), not(containsString("\"checks\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started" })
    void theManagementPortAnswersHealth(String path) {
        given().baseUri(base()).get(path).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void theManagementPortAnswersMetricsAndTheGeneratedDocument() {
        // one API request, so that the request metrics have a sample
        given().get("/api/v1/events").then().statusCode(200);
        given().baseUri(base()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"));
        given().baseUri(base()).get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
    }

    private String base() {
        return "http://" + management.getHost() + ":" + management.getPort();
    }
}
