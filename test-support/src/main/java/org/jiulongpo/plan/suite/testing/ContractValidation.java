package org.jiulongpo.plan.suite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.restassured.RestAssured;

/**
 * Validates every response a module's tests receive against the public contract,
 * docs/openapi.yaml: status codes, headers, media types and bodies must be what the contract
 * says. Requests are not validated, because tests send invalid requests on purpose; what the
 * service answers to them is validated like any other answer.
 *
 * <p>The validator (swagger-request-validator) checks bodies with a JSON Schema draft 4 engine and
 * reads an OpenAPI 3.1 schema's {@code type} not at all: against the contract as written, a
 * {@code null} or a string where it declares a number passed unnoticed. So it is given the
 * contract in the OpenAPI 3.0 form it does check ({@link #asOpenApi30}).
 */
public final class ContractValidation {

    static final Path CONTRACT = Path.of("..", "docs", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiValidationFilter filter;

    private ContractValidation() {
    }

    /** Installs the filter for every rest-assured call of this JVM (idempotent). */
    public static synchronized void install() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator(CONTRACT));
        }
        RestAssured.replaceFiltersWith(filter);
    }

    /** A validator of answers (not requests) against the OpenAPI 3.1 document at {@code contract}. */
    public static OpenApiInteractionValidator validator(Path contract) {
        if (!Files.exists(contract)) {
            throw new IllegalStateException("the contract " + contract + " is missing");
        }
        YAMLMapper yaml = new YAMLMapper();
        String spec;
        try {
            spec = yaml.writeValueAsString(asOpenApi30(yaml.readTree(contract.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + contract, e);
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * The same contract in OpenAPI 3.0 terms, for the validator only: {@code type: [T, "null"]}
     * becomes {@code type: T, nullable: true}; beside an {@code anyOf} (a nullable reference, whose
     * {@code type: "null"} branch draft 4 understands) the type goes, since it would refuse what the
     * branches allow; schema {@code examples} (parameters' and media types' are maps, kept) and
     * {@code contentMediaType} (what a string holds: the CSV page), which 3.0's parser refuses and
     * which constrain nothing, are dropped.
     */
    static JsonNode asOpenApi30(JsonNode contract) {
        ObjectNode root = (ObjectNode) contract.deepCopy();
        root.put("openapi", "3.0.3");
        downgrade(root);
        return root;
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(ContractValidation::downgrade);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        JsonNode type = object.get("type");
        if (type instanceof ArrayNode types) {
            List<String> kept = new ArrayList<>();
            for (JsonNode t : types) {
                if (t.asText().equals("null")) {
                    object.put("nullable", true);
                } else {
                    kept.add(t.asText());
                }
            }
            if (kept.size() != 1) {
                throw new IllegalStateException("the contract has a schema of several types, which this reading"
                        + " does not turn into OpenAPI 3.0: " + object);
            }
            object.put("type", kept.get(0));
        }
        if (object.has("anyOf") && object.path("nullable").asBoolean()) {
            // the branches say what a value is, one of them null; the sibling type would refuse null
            object.remove("type");
            object.remove("maxLength");
            object.remove("nullable");
        }
        if (object.get("examples") instanceof ArrayNode) {
            object.remove("examples");
        }
        if (object.path("contentMediaType").isTextual()) {
            object.remove("contentMediaType");
        }
        object.elements().forEachRemaining(ContractValidation::downgrade);
    }
}
