package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class ObservabilityTest {

    @InjectServices
    WireMockServices.Services services;

    @Inject
    CircuitBreakerMaintenance breakers;

    // relative to the management interface's root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @AfterEach
    void reset() {
        services.indicators().resetAll();
        services.projects().resetAll();
        breakers.resetAll();
    }

    @Test
    void oneTraceIdFromTheCallerThroughTheGatewayToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/fyp14-03")).willReturn(okJson("{}")));
        String answer = given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .header("X-Correlation-Id", "trace-test-1").get("/api/v1/indicators/fyp14-03").then().statusCode(200)
                .extract().header("traceresponse");
        assertThat(answer).as("the gateway's own span").startsWith("00-" + traceId + "-");
        services.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators/fyp14-03"))
                .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-0[01]"))
                .withHeader("X-Correlation-Id", equalTo("trace-test-1")));
        // without a traceparent the gateway starts a trace and still passes it on
        given().get("/api/v1/indicators/fyp14-03").then().statusCode(200).header("traceresponse", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
        services.indicators().verify(2, getRequestedFor(urlPathEqualTo("/api/v1/indicators/fyp14-03"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
        assertThat(services.indicators().findAll(getRequestedFor(urlPathEqualTo("/api/v1/indicators/fyp14-03"))))
                .as("the service continues one trace, not the caller's and the gateway's side by side")
                .allSatisfy(request -> assertThat(request.getHeaders().getHeader("traceparent").values()).hasSize(1));
    }

    @Test
    void metricsShowRoutesFaultToleranceAndRateLimits() {
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(serverError()));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(serverError()));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/transport-rail-yukun-hsr")).willReturn(okJson("{}")));
        given().get("/api/v1/overview").then().statusCode(200);
        given().get("/api/v1/projects/transport-rail-yukun-hsr").then().statusCode(200);
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/projects/{code}\"")
                .doesNotContain("uri=\"/api/v1/projects/transport-rail-yukun-hsr\"")
                .contains("ft_retry_retries_total")
                .contains("ft_circuitbreaker_state")
                .contains("plan_gateway_rate_limited_total")
                .contains("http_client_requests_seconds");
    }
}
