package org.jiulongpo.plan.gateway.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds the public contract from what the five modules generate from their code (SmallRye
 * OpenAPI, stored at build time under each module's target/openapi), plus what the gateway adds
 * to every call it serves: 429 with RateLimit headers everywhere, 503 with Retry-After on the
 * proxied services' operations, 408 on those that take a body and 400 on those that take none,
 * RateLimit headers on every answer. docs/openapi.yaml must equal
 * the result: {@link ContractTest} fails when it does not, and
 * {@code ./mvnw -pl gateway test -Dtest=ContractTest -Dcontract.update=true} rewrites it.
 */
public final class ContractBuilder {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CONTRACT = ROOT.resolve("docs/openapi.yaml");
    static final List<Path> SOURCES = List.of(
            ROOT.resolve("gateway/target/openapi/openapi.yaml"),
            ROOT.resolve("indicators-service/target/openapi/openapi.yaml"),
            ROOT.resolve("projects-service/target/openapi/openapi.yaml"),
            ROOT.resolve("plan-service/target/openapi/openapi.yaml"),
            ROOT.resolve("notifications-service/target/openapi/openapi.yaml"));
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build()).build();

    private ContractBuilder() {
    }

    public static ObjectNode build() throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        for (Path source : SOURCES) {
            if (!Files.exists(source)) {
                throw new IllegalStateException(source + " is missing: build the module first (./mvnw package)");
            }
            docs.add((ObjectNode) YAML.readTree(source.toFile()));
        }
        ObjectNode gateway = docs.get(0);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("openapi", gateway.path("openapi").asText("3.1.0"));
        out.set("info", gateway.get("info"));
        out.putArray("servers").addObject().put("url", "/")
                .put("description", "The gateway that serves this document (./suite up: http://localhost:8080)")
                .put("x-internal", false);
        TreeMap<String, JsonNode> paths = new TreeMap<>();
        TreeMap<String, JsonNode> tags = new TreeMap<>();
        TreeMap<String, TreeMap<String, JsonNode>> components = new TreeMap<>();
        for (ObjectNode doc : docs) {
            doc.path("paths").fields().forEachRemaining(e -> {
                if (paths.put(e.getKey(), e.getValue()) != null) {
                    throw new IllegalStateException("two modules serve " + e.getKey());
                }
            });
            for (JsonNode tag : doc.path("tags")) {
                tags.merge(tag.get("name").asText(), tag, (a, b) -> a.has("description") ? a : b);
            }
            doc.path("components").fields().forEachRemaining(section -> section.getValue().fields()
                    .forEachRemaining(c -> {
                        JsonNode previous = components.computeIfAbsent(section.getKey(), k -> new TreeMap<>())
                                .put(c.getKey(), c.getValue());
                        if (previous != null && !previous.equals(c.getValue())) {
                            throw new IllegalStateException("components." + section.getKey() + "." + c.getKey()
                                    + " differs between modules: name one of them differently");
                        }
                    }));
        }
        ArrayNode tagArray = out.putArray("tags");
        tags.values().forEach(tagArray::add);
        ObjectNode pathsNode = out.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = out.putObject("components");
        components.forEach((section, entries) -> {
            ObjectNode s = componentsNode.putObject(section);
            entries.forEach(s::set);
        });
        addGatewayBehaviour(out);
        applyLimits(out);
        return out;
    }

    /** Bounds for every string, integer and array the code does not bound more tightly. */
    static final int MAX_TEXT = 10_000;
    static final int MAX_ITEMS = 500;
    static final long MAX_INTEGER = 9_007_199_254_740_991L;

    /**
     * Gives every schema the bounds clients and the OWASP rules expect, where the code states
     * none: texts at most {@value #MAX_TEXT} characters (not a whole document in a string, one with a
     * {@code contentMediaType}: a CSV page), arrays at most {@value #MAX_ITEMS} items
     * (the largest page), integers non-negative and within JavaScript's safe range (every integer
     * of this API is a count, a year, a percentage, an id or a version). Responses are validated
     * against these bounds in every module's tests.
     */
    static void applyLimits(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (isType(object, "string") && !object.has("maxLength") && !object.has("enum") && !object.has("const")
                    && !object.has("contentMediaType")) {
                object.put("maxLength", object.path("format").asText().equals("date-time") ? 64 : MAX_TEXT);
            }
            if (isType(object, "integer")) {
                if (!object.has("format")) {
                    object.put("format", "int64");
                }
                if (!object.has("minimum")) {
                    object.put("minimum", 0);
                }
                if (!object.has("maximum")) {
                    object.put("maximum", object.path("format").asText().equals("int32") ? Integer.MAX_VALUE : MAX_INTEGER);
                }
            }
            if (isType(object, "array") && !object.has("maxItems")) {
                object.put("maxItems", MAX_ITEMS);
            }
            object.elements().forEachRemaining(ContractBuilder::applyLimits);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ContractBuilder::applyLimits);
        }
    }

    private static boolean isType(ObjectNode schema, String type) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return false;
        }
        if (t.isTextual()) {
            return t.asText().equals(type);
        }
        if (!t.isArray()) {
            // a property that happens to be called "type" (problem details have one), not a schema keyword
            return false;
        }
        for (JsonNode each : t) {
            if (each.isTextual() && each.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** What every call through the gateway can also answer. */
    static void addGatewayBehaviour(ObjectNode contract) {
        ObjectNode components = (ObjectNode) contract.get("components");
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers")
                : components.putObject("headers");
        headers.set("RateLimit-Limit", header("Requests allowed in a burst for this client (token subject, else IP address), per gateway instance"));
        headers.set("RateLimit-Remaining", header("Requests left in the current burst"));
        headers.set("RateLimit-Reset", header("Seconds until the burst is fully available again"));
        ObjectNode cors = JsonNodeFactory.instance.objectNode()
                .put("description", "Present when the request carried Origin: browser and mobile web clients may read the answer");
        cors.putObject("schema").put("type", "string").put("maxLength", 2048);
        headers.set("Access-Control-Allow-Origin", cors);
        ObjectNode responses = (ObjectNode) components.get("responses");
        responses.fields().forEachRemaining(r -> addRateLimitHeaders(r.getKey(), (ObjectNode) r.getValue()));
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            boolean proxied = path.getKey().startsWith("/api/v1/indicators") || path.getKey().startsWith("/api/v1/projects")
                    || path.getKey().startsWith("/api/v1/plan") || path.getKey().startsWith("/api/v1/events")
                    || path.getKey().startsWith("/api/v1/subscriptions");
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                ObjectNode opResponses = (ObjectNode) op.getValue().get("responses");
                opResponses.fields().forEachRemaining(r -> {
                    if (!r.getValue().has("$ref")) {
                        addRateLimitHeaders(r.getKey(), (ObjectNode) r.getValue());
                    }
                });
                opResponses.putObject("429").put("$ref", "#/components/responses/TooManyRequests");
                opResponses.putObject("500").put("$ref", "#/components/responses/InternalError");
                if (proxied) {
                    opResponses.putObject("503").put("$ref", "#/components/responses/ServiceUnavailable");
                    if (op.getValue().has("requestBody")) {
                        // the body is read in full, within a time limit, before the service is called
                        opResponses.putObject("408").put("$ref", "#/components/responses/RequestTimeout");
                    } else if (!opResponses.has("400")) {
                        // a body where the operation takes none
                        opResponses.putObject("400").put("$ref", "#/components/responses/BadRequest");
                    }
                }
                sortResponses(opResponses);
            });
        }
    }

    private static void addRateLimitHeaders(String status, ObjectNode response) {
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
        for (String name : RATE_LIMIT_HEADERS) {
            if (!headers.has(name)) {
                headers.putObject(name).put("$ref", "#/components/headers/" + name);
            }
        }
        if (!headers.has("Access-Control-Allow-Origin")) {
            headers.putObject("Access-Control-Allow-Origin").put("$ref", "#/components/headers/Access-Control-Allow-Origin");
        }
    }

    private static void sortResponses(ObjectNode responses) {
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        responses.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        responses.removeAll();
        sorted.forEach(responses::set);
    }

    private static ObjectNode header(String description) {
        ObjectNode h = JsonNodeFactory.instance.objectNode().put("description", description);
        h.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", 1_000_000);
        return h;
    }

    public static String toYaml(JsonNode contract) throws IOException {
        return "# The public contract of the Jiulongpo Plan API, served by the gateway at /q/openapi.\n"
                + "# Generated from the code of the five modules by ContractBuilder (gateway tests); do not edit by hand:\n"
                + "#   ./mvnw package -DskipTests && ./mvnw -pl gateway test -Dtest=ContractTest -Dcontract.update=true\n"
                + YAML.writeValueAsString(contract);
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(CONTRACT, toYaml(build()));
        System.out.println("wrote " + CONTRACT);
    }
}
