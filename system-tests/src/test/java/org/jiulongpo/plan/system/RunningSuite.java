package org.jiulongpo.plan.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jiulongpo.plan.suite.DevKeys;
import org.jiulongpo.plan.suite.ServiceProcess;
import org.jiulongpo.plan.suite.Suite;

/**
 * The real suite, started once per test JVM the way ./suite up starts it: embedded PostgreSQL
 * and the packaged services as separate processes, on free ports, with two instances of
 * projects-service behind the gateway. Stopped when the JVM exits. A port that cannot be had or
 * a service that does not become ready fails the run loudly.
 */
final class RunningSuite {

    private static RunningSuite instance;

    final Suite suite;
    final Http gateway;
    final Http indicatorsDirect;
    /** indicators-service's management interface: its readiness. */
    final Http indicatorsManagement;
    final DevKeys keys;

    private RunningSuite(Suite suite) {
        this.suite = suite;
        this.gateway = new Http("http://127.0.0.1:" + suite.service("gateway").port());
        this.indicatorsDirect = new Http("http://127.0.0.1:" + suite.service("indicators-service").port());
        this.indicatorsManagement = new Http(suite.instances(suite.service("indicators-service")).get(0).managementUrl());
        this.keys = suite.keys();
    }

    static synchronized RunningSuite get() {
        if (instance == null) {
            try {
                Path root = root();
                Path state = root.resolve("system-tests/target/suite");
                deleteRecursively(state);
                int[] ports = freePorts(11);
                Suite suite = new Suite(root, state, ports[0], new Suite.Ports(ports[1], ports[6]),
                        new Suite.Ports(ports[2], ports[7]), new Suite.Ports(ports[3], ports[8]),
                        new Suite.Ports(ports[4], ports[9]), new Suite.Ports(ports[5], ports[10]),
                        Map.of("projects-service", 2));
                // The scenarios send bursts from one address; the rate-limit scenario runs its own gateway.
                suite.withEnvironment("gateway", "GATEWAY_RATE_LIMIT_CAPACITY", "1000000");
                suite.withEnvironment("gateway", "GATEWAY_RATE_LIMIT_REFILL_PER_SECOND", "1000000");
                long start = System.nanoTime();
                suite.up(Duration.ofSeconds(180), System.out);
                Report.put("suite", "startSeconds", (System.nanoTime() - start) / 1e9);
                instance = new RunningSuite(suite);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        suite.down(System.out);
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    /** The repository's root (surefire runs in system-tests/). */
    static Path root() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    String token(String role) {
        return "Bearer " + keys.token("system-" + role, List.of(role), Duration.ofMinutes(60));
    }

    String token(String subject, String role) {
        return "Bearer " + keys.token(subject, List.of(role), Duration.ofMinutes(60));
    }

    List<ServiceProcess> instances(String service) {
        return suite.instances(suite.service(service));
    }

    void awaitReady(ServiceProcess p, Duration timeout) throws IOException, InterruptedException {
        suite.awaitReady(p, Instant.now().plus(timeout));
    }

    static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            for (int i = 0; i < n; i++) {
                // replicas use port + 10: keep that free too by asking for ports until both are
                for (int attempt = 0; attempt < 50; attempt++) {
                    ServerSocket s = new ServerSocket(0);
                    int p = s.getLocalPort();
                    if (p + 10 < 65535 && available(p + 10)) {
                        sockets[i] = s;
                        ports[i] = p;
                        break;
                    }
                    s.close();
                }
                if (sockets[i] == null) {
                    throw new IOException("no free port pair found");
                }
            }
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }

    static boolean available(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
