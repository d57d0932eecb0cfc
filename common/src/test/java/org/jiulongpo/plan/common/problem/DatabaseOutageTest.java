package org.jiulongpo.plan.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import jakarta.persistence.PersistenceException;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheCauseChainIsAnOutage() {
        // what Hibernate and Agroal make of PostgreSQL being down
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        SQLException pool = new SQLException("Exception while creating new connection", refused);
        Throwable wrapped = new IllegalStateException(new PersistenceException("Unable to acquire JDBC Connection", pool));
        assertThat(DatabaseOutage.causes(wrapped)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "08000", "08001", "08003", "08004", "08006", "08P01", "57P01", "57P02", "57P03" })
    void connectionStatesAreOutages(String state) {
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("gone", state)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "23505", "40001", "42P01", "22001", "57014", "57P04", "0800" })
    void otherStatesAreNot(String state) {
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("constraint", state)))).isFalse();
    }

    @Test
    void thePoolsAcquisitionTimeoutIsAnOutage() {
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causes(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
        // a refused HTTP call is not the database
        assertThat(DatabaseOutage.causes(new RuntimeException(new ConnectException("Connection refused")))).isFalse();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.causes(a)).isFalse();
    }
}
