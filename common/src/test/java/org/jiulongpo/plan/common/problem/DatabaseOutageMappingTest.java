package org.jiulongpo.plan.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

class DatabaseOutageMappingTest {

    @Test
    void aDatabaseOutageIs503WithRetryAfterAndAnyOtherFailureIs500() {
        Response outage = new ProblemMappers().unexpected(new PersistenceException(new SQLException("down", "08006")), null);
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(outage.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(new String((byte[]) outage.getEntity(), StandardCharsets.UTF_8))
                .contains("\"type\":\"/problems/service-unavailable\"", "\"status\":503");

        Response bug = new ProblemMappers().unexpected(new IllegalStateException("bug"), null);
        assertThat(bug.getStatus()).isEqualTo(500);
        assertThat(bug.getHeaderString("Retry-After")).isNull();
    }
}
