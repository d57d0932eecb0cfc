package org.jiulongpo.plan.projects.project.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ProjectSearchIndexTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyRowIsIndexedAtStartAndIndexingAgainDoesNothing() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) filter (where search_version < 1 or search_vector = ''), "
                    + "count(*) from project")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getInt(2)).isPositive();
            }
            assertThat(ProjectSearch.INDEX.refreshStale(c)).isZero();
        }
    }

    @Test
    void aRowLeftByAMigrationIsIndexedAndFoundByItsName() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update project set search_vector = '', search_version = 0 where code = 'water-reservoir-wenfenghu'");
            assertThat(ProjectSearch.INDEX.refreshStale(c)).isEqualTo(1);
            try (ResultSet rs = s.executeQuery("select code from project where search_vector @@ cast('''文峰'' & ''峰湖''' as tsquery)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("water-reservoir-wenfenghu");
            }
        }
    }
}
