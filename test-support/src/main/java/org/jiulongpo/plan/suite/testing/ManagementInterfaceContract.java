package org.jiulongpo.plan.suite.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every service promises about its management interface: metrics, health (its checks name
 * internal addresses) and the generated OpenAPI document answer on the management port only; the
 * port the API is served on has none of them, not even by a path that climbs out of the API with
 * encoded dots. A service's test extends this as a {@code @QuarkusTest} and names its API root.
 */
public abstract class ManagementInterfaceContract {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** A path of the service's API that answers 200 to a plain GET, e.g. {@code /api/v1/plan}. */
    protected abstract String apiRoot();

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics",
            "/q/openapi" })
    public void thePublicPortDoesNotAnswerManagementPaths(String path) {
        refused(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "q/metrics", "q/health" })
    public void noPathClimbsOutOfTheApiToThem(String target) {
        refused(apiRoot() + "/%2e%2e/%2e%2e/%2e%2e/" + target);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started" })
    public void theManagementPortAnswersHealth(String path) {
        given().baseUri(base()).get(path).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    public void theManagementPortAnswersMetricsAndTheGeneratedDocument() {
        // one API request, so that the request metrics have a sample
        given().get(apiRoot()).then().statusCode(200);
        given().baseUri(base()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"));
        given().baseUri(base()).get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
    }

    private static void refused(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(404)
                .body(not(containsString("jvm_")), not(containsString("\"checks\"")));
    }

    private String base() {
        return "http://" + management.getHost() + ":" + management.getPort();
    }
}
