package org.jiulongpo.plan.projects.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccessLogTest {

    /** The category operators filter on (docs/operations.md). */
    static final String CATEGORY = "org.jiulongpo.plan.access";

    final List<String> lines = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger(CATEGORY).addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger(CATEGORY).removeHandler(capture);
    }

    @Test
    void everyRequestGetsOneLineWithTheRouteTemplateNotThePath() throws InterruptedException {
        given().header("X-Correlation-Id", "access-log-read-1").get("/api/v1/projects/water-reservoir-yinshanhu?lang=x")
                .then().statusCode(200);
        String line = awaitLine("correlationId=access-log-read-1");
        assertThat(line).contains("method=GET", "route=/api/v1/projects/{code}", "status=200", "client=ip:")
                .doesNotContain("water-reservoir-yinshanhu", "lang=x")
                .containsPattern("durationMs=\\d+").containsPattern("bytes=[1-9]\\d*")
                .containsPattern("traceId=[0-9a-f]{32}");
    }

    @Test
    void aWriteNamesTheTokenSubjectAndAnErrorItsStatus() throws InterruptedException {
        given().header("X-Correlation-Id", "access-log-write-1")
                .header("Authorization", TestTokens.bearer("access-log-reporter", "project-reporter"))
                .header("If-Match", "\"v999999-000000000000\"").contentType("application/json")
                .body("{" + StatusUpdateResourceTest.PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":10,\"reportedAt\":\"2025-01-01T00:00:00+08:00\"}")
                .post("/api/v1/projects/transport-highway-baipeng-road/status-updates").then().statusCode(412);
        assertThat(awaitLine("correlationId=access-log-write-1")).contains("method=POST",
                "route=/api/v1/projects/{code}/status-updates", "status=412", "client=sub:access-log-reporter");
        given().header("X-Correlation-Id", "access-log-miss-1").get("/api/v1/no-such-thing/42").then().statusCode(404);
        assertThat(awaitLine("correlationId=access-log-miss-1")).contains("status=404").doesNotContain("no-such-thing");
    }

    /** The line is written after the last byte went out, so it may come just after the answer. */
    private String awaitLine(String marker) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> found = lines.stream().filter(l -> l.contains(marker)).toList();
            if (!found.isEmpty()) {
                assertThat(found).as("lines for " + marker).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no access log line with " + marker + " in " + lines);
    }
}
