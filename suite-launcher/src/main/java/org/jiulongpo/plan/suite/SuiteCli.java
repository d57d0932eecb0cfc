package org.jiulongpo.plan.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands behind {@code ./suite}: {@code up}, {@code down}, {@code status}, {@code logs},
 * {@code token}, {@code load}. Ports come from {@code GATEWAY_PORT}, {@code INDICATORS_PORT},
 * {@code PROJECTS_PORT}, {@code PLAN_PORT}, {@code NOTIFICATIONS_PORT} and {@code SUITE_PG_PORT}; {@code PLAN_PG_ADMIN_URL} uses an existing
 * PostgreSQL instead of the embedded one.
 */
public final class SuiteCli {

    static final Set<String> ROLES = Set.of("plan-editor", "project-reporter", "plan-admin", "subscriber");

    private SuiteCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        Map<String, Integer> replicas = replicas(args);
        Path state = root.resolve(System.getenv().getOrDefault("SUITE_STATE_DIR", ".suite"));
        Suite suite = new Suite(root, state, port("SUITE_PG_PORT", 54320),
                ports("GATEWAY", 8080, 9080), ports("INDICATORS", 8081, 9081), ports("PROJECTS", 8082, 9082),
                ports("PLAN", 8083, 9083), ports("NOTIFICATIONS", 8084, 9084), replicas);
        // settings for the services' own configuration pass through (e.g. GATEWAY_RATE_LIMIT_ENABLED=false)
        System.getenv().forEach((name, value) -> {
            if (name.endsWith("_MANAGEMENT_PORT")) {
                return;
            }
            if (name.startsWith("GATEWAY_") && !name.equals("GATEWAY_PORT")) {
                suite.withEnvironment("gateway", name, value);
            }
            if (name.startsWith("PROJECTS_") && !name.equals("PROJECTS_PORT") && !name.equals("PROJECTS_SERVICE_URL")) {
                suite.withEnvironment("projects-service", name, value);
            }
            if (name.startsWith("NOTIFICATIONS_") && !name.equals("NOTIFICATIONS_PORT")
                    && !name.equals("NOTIFICATIONS_SERVICE_URL")) {
                suite.withEnvironment("notifications-service", name, value);
            }
            if (name.startsWith("INDICATORS_") && !name.equals("INDICATORS_PORT") && !name.equals("INDICATORS_SERVICE_URL")) {
                suite.withEnvironment("indicators-service", name, value);
            }
        });
        switch (args[0]) {
            case "up" -> up(suite);
            case "down" -> suite.down(System.out);
            case "status" -> suite.status(System.out);
            case "logs" -> logs(suite, args);
            case "token" -> token(suite, args);
            case "load" -> load(suite, root, args);
            case "restart-timed" -> restartTimed(suite, args);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void up(Suite suite) throws Exception {
        long started = System.nanoTime();
        try {
            suite.up(Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("SUITE_TIMEOUT_SECONDS", "150"))),
                    System.out);
        } catch (IOException e) {
            System.err.println("suite: " + e.getMessage());
            System.exit(1);
        }
        int gateway = suite.service("gateway").port();
        System.out.printf("%nThe suite is up (%.1f s).%n", (System.nanoTime() - started) / 1e9);
        System.out.println("  Gateway:    http://localhost:" + gateway + "/  (the dashboard; the API under /api/v1)");
        System.out.println("  Swagger UI: http://localhost:" + gateway + "/q/swagger-ui");
        System.out.println("  Logs:       " + suite.logDir() + "  (./suite logs [service])");
        System.out.println("  A token:    ./suite token --role plan-editor");
    }

    /**
     * Stops a running service, starts it again and prints how long it took from process start to
     * the first successful answer of {@code path} on its API port, or without a path of readiness
     * on its management port.
     */
    private static void restartTimed(Suite suite, String[] args) throws Exception {
        Suite.Service service = suite.service(args[1]);
        ServiceProcess instance = suite.instances(service).get(0);
        String url = args.length > 2 ? instance.baseUrl() + args[2] : instance.managementUrl() + "/q/health/ready";
        instance.stop(Duration.ofSeconds(20));
        long start = System.nanoTime();
        suite.start(instance);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        while (true) {
            try {
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .timeout(Duration.ofSeconds(2)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if ((System.nanoTime() - start) / 1e9 > 120) {
                throw new IOException(service.name() + " did not answer within 120 s");
            }
            Thread.sleep(20);
        }
        System.out.printf("%s first-200-ms %d%n", service.name(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void logs(Suite suite, String[] args) throws IOException {
        List<String> names = args.length > 1 ? List.of(args[1])
                : List.of("postgres", "indicators-service", "projects-service", "plan-service", "notifications-service",
                        "gateway");
        for (String name : names) {
            Path file = suite.logDir().resolve(name + ".log");
            if (!Files.exists(file)) {
                System.err.println("no log for " + name + " at " + file);
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            int from = args.length > 1 ? Math.max(0, lines.size() - 200) : Math.max(0, lines.size() - 20);
            System.out.println("==> " + file + " <==");
            lines.subList(from, lines.size()).forEach(System.out::println);
        }
    }

    private static void token(Suite suite, String[] args) {
        String role = option(args, "--role", null);
        if (role == null || !ROLES.contains(role)) {
            System.err.println("usage: ./suite token --role " + String.join("|", ROLES.stream().sorted().toList())
                    + " [--subject NAME] [--minutes N]");
            System.exit(2);
        }
        String subject = option(args, "--subject", "dev-" + role);
        long minutes = Long.parseLong(option(args, "--minutes", "480"));
        System.out.println(suite.keys().token(subject, List.of(role), Duration.ofMinutes(minutes)));
    }

    /** One file of the committed public record and the bulk path (and role) that takes it. */
    record PublicRecordFile(Path file, String bulkPath, String role) {
    }

    static final List<PublicRecordFile> PUBLIC_RECORD = List.of(
            new PublicRecordFile(Path.of("data", "public-record", "observations.csv"),
                    "/api/v1/indicators/observations/bulk", "plan-editor"),
            new PublicRecordFile(Path.of("data", "public-record", "status-reports.csv"),
                    "/api/v1/projects/status-updates/bulk", "project-reporter"));

    /**
     * {@code load public-record [--dry-run]}: sends each file of data/public-record/ to the running
     * suite's bulk path through the gateway (text/csv) with a token of the role that may write it,
     * whose subject is public-record, and prints the answers. Each bulk request is all or nothing.
     * The idempotency key is the file's hash, so a retry of the same file is answered from the first
     * load, and loading an unchanged file again records nothing.
     */
    private static void load(Suite suite, Path root, String[] args) throws Exception {
        if (args.length < 2 || !args[1].equals("public-record")) {
            System.err.println("usage: ./suite load public-record [--dry-run]");
            System.exit(2);
        }
        boolean dryRun = Arrays.asList(args).contains("--dry-run");
        String gateway = suite.instances(suite.service("gateway")).get(0).baseUrl();
        HttpClient client = HttpClient.newHttpClient();
        boolean failed = false;
        for (PublicRecordFile part : PUBLIC_RECORD) {
            byte[] file = Files.readAllBytes(root.resolve(part.file()));
            String token = suite.keys().token("public-record", List.of(part.role()), Duration.ofMinutes(10));
            String url = gateway + part.bulkPath() + (dryRun ? "?dryRun=true" : "");
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Idempotency-Key", "public-record-" + HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(file)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
            HttpResponse<String> answer;
            try {
                answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.println("suite: the gateway at " + url + " does not answer (is ./suite up running?): " + e);
                System.exit(1);
                return;
            }
            System.out.println(part.file() + " -> " + answer.statusCode());
            System.out.println(answer.body());
            failed |= answer.statusCode() != 200;
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static Map<String, Integer> replicas(String[] args) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        String spec = option(args, "--replicas", "");
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=");
            replicas.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        return replicas;
    }

    private static String option(String[] args, String name, String fallback) {
        List<String> list = Arrays.asList(args);
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }

    /** {@code <prefix>_PORT} and {@code <prefix>_MANAGEMENT_PORT}, else the defaults. */
    private static Suite.Ports ports(String prefix, int api, int management) {
        return new Suite.Ports(port(prefix + "_PORT", api), port(prefix + "_MANAGEMENT_PORT", management));
    }

    private static int port(String env, int fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    private static void usage() {
        System.err.println("""
                usage: ./suite <command>
                  up [--replicas projects-service=2]  build what is missing, start PostgreSQL, the services and the gateway, wait until ready
                  down                                 stop everything ./suite started
                  status                               what runs
                  logs [service]                       recent log lines (postgres, indicators-service, projects-service, plan-service, notifications-service, gateway)
                  token --role ROLE [--subject S]      a signed development JWT (plan-editor, project-reporter, plan-admin, subscriber)
                  load public-record [--dry-run]       send data/public-record/ (observations, status reports) through the bulk paths""");
    }
}
