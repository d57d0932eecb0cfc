package org.jiulongpo.plan.indicators.indicator.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.SessionFactory;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** No N+1: a list costs the same few SQL statements whatever its page size. */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessions;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    long statements(String path) {
        sessions.getStatistics().clear();
        given().header("If-None-Match", "\"none\"").get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    @Test
    void listsRunABoundedNumberOfStatements() {
        assertThat(sessions.getStatistics().isStatisticsEnabled()).isTrue();
        statements("/api/v1/indicators?limit=1");
        long small = statements("/api/v1/indicators?limit=2");
        long large = statements("/api/v1/indicators?limit=500");
        assertThat(large).as("500 indicators cost no more statements than 2").isEqualTo(small);
        assertThat(large).as("while nothing changed: the data version only").isEqualTo(1);
        // a write moves the data version: the next list loads everything again, still in a fixed number
        given().contentType("application/json").header("Authorization", TestTokens.bearer("plan-editor"))
                .body("{\"year\":2021,\"value\":1,\"basis\":\"provisional\",\"comparable\":true,\"note\":\"query count\","
                        + "\"source\":{\"title\":\"QueryCountTest\",\"publisher\":\"test\",\"url\":\"https://example.org/test\","
                        + "\"phrase\":\"test value\"}}")
                .post("/api/v1/indicators/fyp14-07/observations").then().statusCode(201);
        assertThat(statements("/api/v1/indicators?limit=500"))
                .as("version, indicators, plan values, observations, categories").isLessThanOrEqualTo(6);
        assertThat(statements("/api/v1/indicators?limit=500&status=no_data")).isEqualTo(small);
        assertThat(statements("/api/v1/indicators/categories")).isLessThanOrEqualTo(6);
        // a 304 costs one small query
        String etag = given().get("/api/v1/indicators?limit=500").header("ETag");
        sessions.getStatistics().clear();
        given().header("If-None-Match", etag).get("/api/v1/indicators?limit=500").then().statusCode(304);
        assertThat(sessions.getStatistics().getPrepareStatementCount()).isEqualTo(1);
    }
}
