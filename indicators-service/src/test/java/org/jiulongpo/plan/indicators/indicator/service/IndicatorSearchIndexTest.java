package org.jiulongpo.plan.indicators.indicator.service;

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
class IndicatorSearchIndexTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyRowIsIndexedAtStartAndIndexingAgainDoesNothing() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) filter (where search_version < 1 or search_vector = ''), "
                    + "count(*) from indicator")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getInt(2)).isPositive();
            }
            assertThat(IndicatorSearch.INDEX.refreshStale(c)).isZero();
            s.executeUpdate("update indicator set search_vector = '', search_version = 0 where code = 'fyp14-23'");
            assertThat(IndicatorSearch.INDEX.refreshStale(c)).isEqualTo(1);
            try (ResultSet rs = s.executeQuery("select search_vector @@ cast('''森林'' & ''forest'':*' as tsquery) "
                    + "from indicator where code = 'fyp14-23'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }
}
