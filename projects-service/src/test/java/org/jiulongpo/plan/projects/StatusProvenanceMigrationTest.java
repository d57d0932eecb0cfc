package org.jiulongpo.plan.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.mapping.StatusUpdateMapper;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * V11 and V12 on a report recorded before them: the migrations run in a schema of their own up to
 * V10, a report is written the way V3's table takes it, then the rest of the migrations run.
 */
@QuarkusTest
class StatusProvenanceMigrationTest {

    static final String SCHEMA = "provenance_migration";

    @Inject
    DataSource dataSource;

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/idempotency").target(target).load();
    }

    @Test
    void aReportFromBeforeKeepsNoSourceAndANewOneHasAllOfItsProvenance() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            flyway(MigrationVersion.fromVersion("10")).migrate();
            s.execute("insert into " + SCHEMA + ".status_update (project_code, status, previous_status, progress_percent,"
                    + " reported_at, evidence_url, recorded_by, project_version) values ('transport-metro-line-19',"
                    + " 'under_construction', 'not_reported', 20, '2024-01-01T09:00:00+08:00',"
                    + " 'https://example.gov.cn/evidence', 'district-transport-bureau', 2)");
            flyway(MigrationVersion.LATEST).migrate();

            try (ResultSet r = s.executeQuery("select source_title, source_publisher, source_published_on, source_url,"
                    + " source_phrase, basis, revision_reason, comparable, evidence_url, progress_percent from " + SCHEMA
                    + ".status_update")) {
                assertThat(r.next()).isTrue();
                for (int column = 1; column <= 8; column++) {
                    assertThat(r.getObject(column)).as("provenance column " + column + " of an old report").isNull();
                }
                assertThat(r.getString("evidence_url")).isEqualTo("https://example.gov.cn/evidence");
                assertThat(r.getInt("progress_percent")).isEqualTo(20);
                assertThat(r.next()).isFalse();
            }
            String columns = "insert into " + SCHEMA + ".status_update (project_code, status, previous_status,"
                    + " progress_percent, reported_at, recorded_by, project_version, source_title, source_publisher,"
                    + " source_url, source_phrase, basis, comparable) values ('transport-metro-line-19', 'completed',"
                    + " 'under_construction', ";
            assertThatThrownBy(() -> s.execute(columns + "null, now(), 'r', 3, null, null, 'https://example.gov.cn/1',"
                    + " null, null, null)")).as("part of a provenance").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(columns + "null, now(), 'r', 3, 't', 'p', 'ftp://example.gov.cn/1',"
                    + " 'ph', 'final', true)")).as("a URL that is not http(s)").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(columns + "null, now(), 'r', 3, 't', 'p', 'https://example.gov.cn/1',"
                    + " 'ph', 'estimated', true)")).as("a basis that is not one").isInstanceOf(SQLException.class);
            // all of it, and (V12) no percentage
            s.execute(columns + "null, now(), 'r', 3, 't', 'p', 'https://example.gov.cn/1', 'ph', 'final', true)");
            s.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    @Test
    void anOldReportIsShownWithoutASource() {
        StatusUpdate old = new StatusUpdate();
        old.id = 1L;
        old.projectCode = "transport-metro-line-19";
        old.progressPercent = 20;
        StatusUpdateView view = StatusUpdateMapper.toView(old);
        assertThat(view.source()).isNull();
        assertThat(view.basis()).isNull();
        assertThat(view.comparable()).isNull();
    }
}
