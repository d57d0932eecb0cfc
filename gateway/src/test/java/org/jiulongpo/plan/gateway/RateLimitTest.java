package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.Map;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
@TestProfile(RateLimitTest.SmallBucket.class)
class RateLimitTest {

    /** A bucket of 5 that refills one request every ten seconds. */
    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.capacity", "5", "gateway.rate-limit.refill-per-second", "0.1");
        }
    }

    @InjectServices
    WireMockServices.Services services;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void aBurstPastTheLimitGets429WithRetryAfterAndEachClientHasItsOwnBucket() {
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/code-lists"))
                .willReturn(okJson("{\"plans\":[]}")));
        for (int i = 4; i >= 0; i--) {
            given().get("/api/v1/indicators/code-lists").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", Integer.toString(i));
        }
        given().get("/api/v1/indicators/code-lists").then().statusCode(429)
                .contentType("application/problem+json").body("status", is(429))
                // the seconds until the window resets: 10 less the time the burst took, so on a loaded
                // machine it may be 9 or less, never more than the 10 s window nor less than 1
                .header("Retry-After", matchesPattern("10|[1-9]")).header("RateLimit-Remaining", "0");
        // the gateway's own operations count too
        given().get("/api/v1/search?q=x").then().statusCode(429);
        // a client with a token is counted by its subject, not by the shared address
        given().header("Authorization", TestTokens.bearer("another-client", "plan-editor"))
                .get("/api/v1/indicators/code-lists").then().statusCode(200).header("RateLimit-Remaining", "4");
        services.indicators().verify(6, getRequestedFor(urlPathEqualTo("/api/v1/indicators/code-lists")));
    }
}
