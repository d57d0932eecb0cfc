package org.jiulongpo.plan.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path state;

    @Test
    void theEmbeddedSuperuserNeedsTheGeneratedPasswordWhichIsKeptForItsOwnerOnly() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path secret = state.resolve("secrets").resolve("postgres.password");
        PostgresServer pg = embedded(port, secret);
        try {
            pg.start();
            String password = Files.readString(secret).trim();
            assertThat(password).matches("[0-9a-f]{36}");
            assertThat(Files.getPosixFilePermissions(secret))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String url = pg.jdbcUrl("postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("28P01");
            try (Connection c = DriverManager.getConnection(url, "postgres", password)) {
                assertThat(c.isValid(5)).isTrue();
            }
            // what the launcher does as the superuser works with it
            pg.provision("demo", "demo", "demo-password");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("demo"), "demo", "demo-password")) {
                assertThat(c.isValid(5)).isTrue();
            }

            pg.stop();
            pg = embedded(port, secret);
            pg.start();
            assertThat(Files.readString(secret).trim()).as("kept across a restart").isEqualTo(password);
            try (Connection c = pg.admin("demo")) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
        } finally {
            pg.stop();
        }
    }

    private PostgresServer embedded(int port, Path secret) throws Exception {
        return PostgresServer.embedded(state.resolve("pgdata"), state.resolve("pg-bin"), port,
                state.resolve("logs").resolve("postgres.log"), secret);
    }
}
