package org.jiulongpo.plan.suite.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jiulongpo.plan.suite.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL 17: an embedded one started for the
 * test run, or, when {@value PostgresServer#ENV_ADMIN_URL} is set, a fresh database on that
 * server. Also points JWT verification at a test key pair whose private half {@link TestTokens}
 * signs with. Init arg {@code database}: the service's database name.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private EmbeddedPostgres embedded;
    private PostgresServer external;
    private String externalDatabase;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String role = database + "_app";
        String password = UUID.randomUUID().toString();
        try {
            external = PostgresServer.externalFromEnvironment();
            String url;
            if (external != null) {
                externalDatabase = database + "_test_" + UUID.randomUUID().toString().substring(0, 8);
                external.provision(externalDatabase, role, password);
                url = external.jdbcUrl(externalDatabase);
            } else {
                embedded = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
                try (Connection c = embedded.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create role " + role + " login password '" + password + "'");
                    s.execute("create database " + database + " owner " + role);
                }
                url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/" + database;
            }
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("quarkus.datasource.username", role);
            config.put("quarkus.datasource.password", password);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests", e);
        }
        config.putAll(TestTokens.jwtConfig());
        return config;
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (external != null && externalDatabase != null) {
                external.dropDatabase(externalDatabase);
            }
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("cannot stop PostgreSQL after the tests", e);
        }
    }

    static Path keyDir() {
        return Path.of("target", "test-keys");
    }
}
