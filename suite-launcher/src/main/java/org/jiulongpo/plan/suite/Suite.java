package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole suite on one machine: PostgreSQL, indicators-service, projects-service, plan-service,
 * notifications-service and the gateway, each a separate process. Used by {@code ./suite} and by the system tests, which
 * give it their own state directory and free ports.
 *
 * <p>State lives under one directory ({@code .suite/} for {@code ./suite}): PostgreSQL's data,
 * its unpacked binaries, the development JWT keys, database passwords, pid files and logs.
 */
public final class Suite {

    /**
     * A service of the suite: its module, its database (none for the gateway), its port and the
     * port of its management interface (health, metrics).
     */
    public record Service(String name, String module, String database, int port, int managementPort) {
    }

    /** The two ports of an app: the one its API is served on and its management interface's. */
    public record Ports(int api, int management) {
    }

    public static final String BIND_HOST_ENV = "SUITE_BIND_HOST";

    private final Path repoRoot;
    private final Path stateDir;
    private final int pgPort;
    private final List<Service> services;
    private final Map<String, Integer> replicas;
    private final List<String> jvmOptions;
    private final Map<String, Map<String, String>> extraEnvironment = new LinkedHashMap<>();
    private PostgresServer postgres;

    public Suite(Path repoRoot, Path stateDir, int pgPort, Ports gateway, Ports indicators, Ports projects, Ports plan,
            Ports notifications, Map<String, Integer> replicas) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.pgPort = pgPort;
        this.services = List.of(
                new Service("indicators-service", "indicators-service", "indicators", indicators.api(),
                        indicators.management()),
                new Service("projects-service", "projects-service", "projects", projects.api(), projects.management()),
                new Service("plan-service", "plan-service", "plan", plan.api(), plan.management()),
                new Service("notifications-service", "notifications-service", "notifications", notifications.api(),
                        notifications.management()),
                new Service("gateway", "gateway", null, gateway.api(), gateway.management()));
        this.replicas = new LinkedHashMap<>(replicas);
        // small heaps and the serial collector: five JVMs share two cores and a few hundred MB;
        // what each option bought, measured with bench/run, is in docs/performance.md
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx128m", "-XX:MaxMetaspaceSize=128m",
                "-XX:MetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=32m", "-Xss512k",
                "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Dfile.encoding=UTF-8"));
        if (canTrimNativeHeap(Runtime.version())) {
            // give the C heap back to the system every 5 s: the JIT's arenas and Netty's buffers
            // are freed after a burst of load but glibc keeps them resident otherwise
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        this.jvmOptions = List.copyOf(options);
    }

    /** The interface every service and the gateway listen on: {@value #BIND_HOST_ENV}, else the loopback. */
    static String bindHost(Map<String, String> environment) {
        String host = environment.get(BIND_HOST_ENV);
        return host == null || host.isBlank() ? "127.0.0.1" : host.trim();
    }

    /** {@code -XX:TrimNativeHeapInterval} exists from JDK 17.0.9 and 21.0.1 on, and in 22 and later. */
    static boolean canTrimNativeHeap(Runtime.Version version) {
        return switch (version.feature()) {
            case 17 -> version.update() >= 9;
            case 21 -> version.update() >= 1;
            default -> version.feature() >= 22;
        };
    }

    /** Adds an environment variable to every instance of a service started from now on. */
    public Suite withEnvironment(String service, String name, String value) {
        extraEnvironment.computeIfAbsent(service, k -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    public Path stateDir() {
        return stateDir;
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name + "; known: "
                        + services.stream().map(Service::name).collect(Collectors.joining(", "))));
    }

    /**
     * The instances of a service. Replica {@code i} (from 0) of a service on port {@code p}
     * listens on {@code p + 10 * i}, so replicas of 8082 are 8092, 8102, ...; their management
     * ports follow the same rule (9082, 9092, ...).
     */
    public List<ServiceProcess> instances(Service service) {
        int count = replicas.getOrDefault(service.name(), 1);
        List<ServiceProcess> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String instanceName = i == 0 ? service.name() : service.name() + "-" + (i + 1);
            list.add(new ServiceProcess(instanceName, appJar(service), service.port() + 10 * i,
                    service.managementPort() + 10 * i, stateDir.resolve("run"), logDir()));
        }
        return list;
    }

    /** Every instance whose pid file exists, including replicas started by an earlier command. */
    public List<ServiceProcess> knownInstances(Service service) {
        List<ServiceProcess> list = new ArrayList<>(instances(service));
        for (int i = list.size(); i < 10; i++) {
            String instanceName = service.name() + "-" + (i + 1);
            if (Files.exists(stateDir.resolve("run").resolve(instanceName + ".pid"))) {
                list.add(new ServiceProcess(instanceName, appJar(service), service.port() + 10 * i,
                        service.managementPort() + 10 * i, stateDir.resolve("run"), logDir()));
            }
        }
        return list;
    }

    private Path appJar(Service service) {
        return repoRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public List<Service> services() {
        return services;
    }

    public synchronized PostgresServer postgres() throws IOException {
        if (postgres == null) {
            PostgresServer external = PostgresServer.externalFromEnvironment();
            postgres = external != null ? external
                    : PostgresServer.embedded(stateDir.resolve("pgdata"), stateDir.resolve("pg-bin"), pgPort,
                            logDir().resolve("postgres.log"), stateDir.resolve("secrets").resolve("postgres.password"));
        }
        return postgres;
    }

    public DevKeys keys() {
        return DevKeys.loadOrCreate(stateDir.resolve("keys"));
    }

    /**
     * Starts whatever is not running and waits until every instance reports ready. Running
     * instances are left alone, so calling it again after one service died restarts only that one.
     */
    public void up(Duration timeout, PrintStream out) throws IOException, InterruptedException, SQLException {
        Instant deadline = Instant.now().plus(timeout);
        PostgresServer pg = postgres();
        if (!pg.isRunning()) {
            out.println("starting PostgreSQL on 127.0.0.1:" + pg.port()
                    + (pg.isEmbedded() ? " (embedded, data in " + stateDir.resolve("pgdata") + ")" : " (external)"));
            pg.start();
        } else {
            out.println("PostgreSQL already running on " + pg.host() + ":" + pg.port());
            // one started by an older launcher may still trust every local connection
            pg.start();
        }
        for (Service service : services) {
            if (service.database() != null) {
                pg.provision(service.database(), service.database(), password(service.database()));
            }
        }
        DevKeys keys = keys();
        for (Service service : services) {
            for (ServiceProcess instance : instances(service)) {
                if (instance.running().isPresent()) {
                    out.println(instance.name() + " already running on port " + instance.port());
                } else {
                    out.println("starting " + instance.name() + " on port " + instance.port());
                    instance.start(environment(service, keys), jvmOptions);
                }
            }
        }
        for (Service service : services) {
            for (ServiceProcess instance : instances(service)) {
                awaitReady(instance, deadline);
            }
        }
    }

    /** Starts one instance again (after {@link ServiceProcess#kill()}), without waiting. */
    public void start(ServiceProcess instance) throws IOException {
        start(instance, Map.of());
    }

    /** Starts one instance with extra environment variables (e.g. another gateway configuration). */
    public void start(ServiceProcess instance, Map<String, String> overrides) throws IOException {
        Service service = services.stream().filter(s -> instance.name().startsWith(s.name())).findFirst()
                .orElseThrow();
        Map<String, String> env = new LinkedHashMap<>(environment(service, keys()));
        env.putAll(overrides);
        instance.start(env, jvmOptions);
    }

    /** An instance of a service outside its replica set, e.g. a second gateway on its own port. */
    public ServiceProcess extraInstance(String serviceName, String instanceName, Ports ports) {
        return new ServiceProcess(instanceName, appJar(service(serviceName)), ports.api(), ports.management(),
                stateDir.resolve("run"), logDir());
    }

    public void awaitReady(ServiceProcess instance, Instant deadline) throws IOException, InterruptedException {
        while (!instance.isReady()) {
            if (instance.running().isEmpty()) {
                throw new IOException(instance.name() + " exited during start-up; see " + instance.logFile());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException(instance.name() + " was not ready in time; see " + instance.logFile());
            }
            Thread.sleep(250);
        }
    }

    /** The environment an instance of {@code service} is started with. */
    public Map<String, String> environment(Service service, DevKeys keys) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", DevKeys.AUDIENCE);
        // only the gateway enforces the rate and body limits: nothing is reachable from another host unless asked
        env.put("QUARKUS_HTTP_HOST", bindHost(System.getenv()));
        env.put("QUARKUS_MANAGEMENT_HOST", bindHost(System.getenv()));
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres().jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", password(service.database()));
            if (service.name().equals("notifications-service")) {
                // the feed is the same from every instance (they share one database): the first is read
                env.put("PROJECTS_SERVICE_URL", instances(service("projects-service")).get(0).baseUrl());
                // development: webhook callbacks may be http on this machine (a receiver under test);
                // the containers and Kubernetes never set it
                env.put("NOTIFICATIONS_WEBHOOKS_ALLOW_INSECURE_CALLBACKS", "true");
            }
        } else {
            env.put("INDICATORS_SERVICE_URL", urls(service("indicators-service")));
            env.put("PROJECTS_SERVICE_URL", urls(service("projects-service")));
            env.put("PLAN_SERVICE_URL", urls(service("plan-service")));
            env.put("NOTIFICATIONS_SERVICE_URL", urls(service("notifications-service")));
            env.put("INDICATORS_MANAGEMENT_URL", managementUrls(service("indicators-service")));
            env.put("PROJECTS_MANAGEMENT_URL", managementUrls(service("projects-service")));
            env.put("PLAN_MANAGEMENT_URL", managementUrls(service("plan-service")));
            env.put("NOTIFICATIONS_MANAGEMENT_URL", managementUrls(service("notifications-service")));
        }
        env.putAll(extraEnvironment.getOrDefault(service.name(), Map.of()));
        return env;
    }

    private String urls(Service service) {
        return instances(service).stream().map(ServiceProcess::baseUrl).collect(Collectors.joining(","));
    }

    private String managementUrls(Service service) {
        return instances(service).stream().map(ServiceProcess::managementUrl).collect(Collectors.joining(","));
    }

    /** The database password of a service, generated once and kept under the state directory. */
    private String password(String database) throws IOException {
        return Secrets.readOrCreate(stateDir.resolve("secrets").resolve(database + ".password"));
    }

    /** Stops every instance it started (by pid) and then the embedded PostgreSQL. */
    public void down(PrintStream out) throws IOException, InterruptedException {
        for (int i = services.size() - 1; i >= 0; i--) {
            Service service = services.get(i);
            for (ServiceProcess instance : knownInstances(service)) {
                if (instance.stop(Duration.ofSeconds(20))) {
                    out.println("stopped " + instance.name());
                }
            }
        }
        PostgresServer pg = postgres();
        if (pg.isEmbedded() && pg.isRunning()) {
            pg.stop();
            out.println("stopped PostgreSQL");
        }
    }

    public void status(PrintStream out) throws IOException {
        PostgresServer pg = postgres();
        out.printf("%-22s %-8s %s%n", "postgres" + (pg.isEmbedded() ? " (embedded)" : " (external)"),
                pg.isRunning() ? "running" : "stopped", pg.host() + ":" + pg.port());
        for (Service service : services) {
            for (ServiceProcess instance : knownInstances(service)) {
                String state = instance.running().map(p -> instance.isReady() ? "ready" : "starting")
                        .orElse("stopped");
                out.printf("%-22s %-8s %s  (management %s)%n", instance.name(), state, instance.baseUrl(),
                        instance.managementUrl());
            }
        }
    }
}
