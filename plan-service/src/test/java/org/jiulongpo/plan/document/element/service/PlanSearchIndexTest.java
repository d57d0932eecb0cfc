package org.jiulongpo.plan.document.element.service;

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
class PlanSearchIndexTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyElementIsIndexedAtStartAndIndexingAgainDoesNothing() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) filter (where search_version < 1), "
                    + "count(*) from plan_element")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getInt(2)).isPositive();
            }
            assertThat(PlanSearch.INDEX.refreshStale(c)).isZero();
            s.executeUpdate("update plan_element set search_vector = '', search_version = 0 where id = 'chp-16'");
            assertThat(PlanSearch.INDEX.refreshStale(c)).isEqualTo(1);
            try (ResultSet rs = s.executeQuery(
                    "select id from plan_element where search_vector @@ cast('''第十'' & ''十六'' & ''六章''' as tsquery)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("chp-16");
            }
        }
    }
}
