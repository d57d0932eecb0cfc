package org.jiulongpo.plan.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.SessionFactory;
import org.jiulongpo.plan.suite.testing.ContractValidation;
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
        given().get(path).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount();
    }

    @Test
    void listsRunABoundedNumberOfStatements() {
        // subcategories are read once and kept: warm them up
        statements("/api/v1/projects?limit=1");
        long small = statements("/api/v1/projects?limit=2");
        long large = statements("/api/v1/projects?limit=500");
        assertThat(large).as("500 projects cost no more statements than 2").isEqualTo(small).isLessThanOrEqualTo(2);
        long feedSmall = statements("/api/v1/projects/changes?limit=1");
        long feedLarge = statements("/api/v1/projects/changes?limit=500");
        assertThat(feedLarge).isEqualTo(feedSmall).isLessThanOrEqualTo(3);
        assertThat(statements("/api/v1/projects/status-updates?limit=500")).isLessThanOrEqualTo(2);
        assertThat(statements("/api/v1/projects/stats")).isLessThanOrEqualTo(5);
        String etag = given().get("/api/v1/projects?limit=500").header("ETag");
        sessions.getStatistics().clear();
        given().header("If-None-Match", etag).get("/api/v1/projects?limit=500").then().statusCode(304);
        assertThat(sessions.getStatistics().getPrepareStatementCount()).isEqualTo(1);
    }
}
