package org.jiulongpo.plan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every GET of the public contract, walked through the gateway by a client that is not Java:
 * Python's http.client on one kept-alive connection, with and without If-None-Match. Each answer
 * must be framed truthfully (a 304 carries no body and no Transfer-Encoding), carry exactly one
 * ETag, and say what it varies on.
 */
class OutsideClientTest {

    static RunningSuite suite;

    @BeforeAll
    static void start() {
        suite = RunningSuite.get();
    }

    @Test
    void aPythonClientReadsEveryGetOfTheContractAndPollsWithIfNoneMatch() throws Exception {
        List<String> paths = everyGet();
        Path pathsFile = Files.createTempFile("outside-client-paths", ".json");
        Files.writeString(pathsFile, Http.JSON.writeValueAsString(paths));
        String port = Integer.toString(suite.suite.service("gateway").port());
        Process python = new ProcessBuilder("python3", script().toString(), "127.0.0.1", port, pathsFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = python.getInputStream().readAllBytes();
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        assertThat(python.exitValue()).as("python3 exit code").isZero();
        JsonNode results = Http.JSON.readTree(out);

        List<String> problems = new ArrayList<>();
        int conditional = 0;
        int notModified = 0;
        for (JsonNode r : results) {
            String path = r.get("path").asText();
            if (r.has("error")) {
                problems.add(path + ": the client failed: " + r.get("error").asText());
                continue;
            }
            JsonNode first = r.get("first");
            if (first.get("status").asInt() >= 500) {
                problems.add(path + ": " + first.get("status").asInt());
            }
            if (first.get("status").asInt() == 200 && first.get("etags").size() != 1) {
                problems.add(path + ": 200 with " + first.get("etags") + " ETag headers");
            }
            if (first.get("status").asInt() == 200 && first.get("vary").isEmpty()) {
                problems.add(path + ": 200 without Vary");
            }
            JsonNode c = r.get("conditional");
            if (c == null) {
                continue;
            }
            conditional++;
            int status = c.get("status").asInt();
            if (status != 304) {
                problems.add(path + ": If-None-Match with its own ETag answered " + status);
                continue;
            }
            notModified++;
            if (c.get("etags").size() != 1) {
                problems.add(path + ": 304 with " + c.get("etags") + " ETag headers");
            }
            if (!c.get("transferEncoding").isNull()) {
                problems.add(path + ": 304 with Transfer-Encoding " + c.get("transferEncoding").asText());
            }
            if (c.get("bodyBytes").asInt() != 0) {
                problems.add(path + ": 304 with a body of " + c.get("bodyBytes").asInt() + " bytes");
            }
        }
        Report.put("outside client (Python http.client)", "GET operations walked", results.size());
        Report.put("outside client (Python http.client)", "conditional re-reads", conditional);
        Report.put("outside client (Python http.client)", "304 answers", notModified);
        Report.put("outside client (Python http.client)", "framing or header problems", problems.size());
        assertThat(results.size()).as("every GET of the contract").isEqualTo(paths.size());
        assertThat(problems).isEmpty();
        assertThat(notModified).as("answers with an ETag came back 304").isGreaterThan(paths.size() / 2);
    }

    /** Each GET path of docs/openapi.yaml, its parameters filled with real values. */
    static List<String> everyGet() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(RunningSuite.root().resolve("docs/openapi.yaml").toFile());
        Map<String, String> values = Map.of("{code}", "", "{year}", "2021", "{id}", firstStatusUpdateId());
        List<String> paths = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = contract.get("paths").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode get = entry.getValue().get("get");
            if (get == null) {
                continue;
            }
            String path = entry.getKey();
            String code = path.startsWith("/api/v1/indicators") ? "fyp14-03"
                    : path.startsWith("/api/v1/projects") ? "transport-metro-line-19" : "";
            path = path.replace("{code}", code).replace("{year}", values.get("{year}")).replace("{id}", values.get("{id}"));
            StringBuilder query = new StringBuilder();
            for (JsonNode p : get.path("parameters")) {
                if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
                    String example = p.path("example").asText(p.path("schema").path("example").asText("轨道"));
                    query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asText()).append('=')
                            .append(URLEncoder.encode(example, StandardCharsets.UTF_8));
                }
            }
            paths.add(path + query);
        }
        return paths;
    }

    static String firstStatusUpdateId() {
        JsonNode items = suite.gateway.get("/api/v1/projects/status-updates?limit=1").json().get("items");
        return items.isEmpty() ? "1" : items.get(0).get("id").asText();
    }

    static Path script() {
        return RunningSuite.root().resolve("system-tests/src/test/python/outside_client.py");
    }
}
