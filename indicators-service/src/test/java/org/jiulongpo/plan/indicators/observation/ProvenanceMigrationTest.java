package org.jiulongpo.plan.indicators.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * What V11 does to observations recorded before provenance was required. The service's own
 * schema never had such rows, so the migrations run again in a schema of their own: up to V10,
 * then rows as the API recorded them then, then V11.
 */
@QuarkusTest
class ProvenanceMigrationTest {

    static final String SCHEMA = "v11_migration_test";

    @Inject
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/idempotency").target(target).load();
    }

    @Test
    void rowsRecordedWithoutASourceAreKeptAsTestValuesThatNeverCountInProgress() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            flyway("10").migrate();
            s.execute("insert into " + SCHEMA + ".observation (indicator_code, year, revision, value, status, source, note, "
                    + "reason, recorded_by) values "
                    + "('fyp14-03', 2022, 1, 41, 'final', 'dashboard-tests: test value, not an official statistic', null, null, 'dev-plan-editor'), "
                    + "('fyp14-03', 2022, 2, 44.1, 'final', null, '含高新区', '统计公报修订 (test revision)', 'dev-plan-editor')");
            flyway("11").migrate();
            try (ResultSet r = s.executeQuery("select revision, basis, revision_reason, comparable, provenance_missing, "
                    + "source_title, source_url, note from " + SCHEMA + ".observation order by revision")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString("basis")).isEqualTo("final");
                assertThat(r.getBoolean("comparable")).isFalse();
                assertThat(r.getBoolean("provenance_missing")).isTrue();
                assertThat(r.getString("source_title")).as("no source is invented").isNull();
                assertThat(r.getString("source_url")).isNull();
                assertThat(r.getString("note")).contains("V11", "test or sample value", "not counted in progress")
                        .contains("source as recorded: dashboard-tests: test value, not an official statistic");
                assertThat(r.next()).isTrue();
                assertThat(r.getString("revision_reason")).isEqualTo("统计公报修订 (test revision)");
                assertThat(r.getString("note")).endsWith("; 含高新区").doesNotContain("source as recorded");
                assertThat(r.next()).isFalse();
            }
            // from V11 on, a row without a source is refused by the database too
            assertThatThrownBy(() -> s.execute("insert into " + SCHEMA + ".observation (indicator_code, year, revision, "
                    + "value, basis, comparable, recorded_by) values ('fyp14-03', 2023, 1, 1, 'final', true, 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("observation_source_required");
            s.execute("drop schema " + SCHEMA + " cascade");
        }
    }
}
