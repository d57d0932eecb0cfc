package org.jiulongpo.plan.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * docs/openapi.yaml cannot drift from the code: it must be exactly what the five modules
 * generate (plus the gateway's own additions). Runs after the services are built (module order).
 */
class ContractTest {

    @Test
    void checkedInContractIsWhatTheCodeGenerates() throws IOException {
        JsonNode generated = ContractBuilder.build();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(ContractBuilder.CONTRACT, ContractBuilder.toYaml(generated));
        }
        assertThat(ContractBuilder.CONTRACT).as("docs/openapi.yaml").exists();
        JsonNode checkedIn = ContractBuilder.YAML.readTree(ContractBuilder.CONTRACT.toFile());
        List<String> differences = new ArrayList<>();
        diff("", checkedIn, generated, differences);
        assertThat(differences).as("docs/openapi.yaml differs from what the code generates; if the change is intended, run "
                + "./mvnw -pl gateway test -Dtest=ContractTest -Dcontract.update=true and commit docs/openapi.yaml")
                .isEmpty();
    }

    static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() > 20) {
            return;
        }
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            out.add(pointer + ": " + shortText(expected) + " vs generated " + shortText(actual));
            return;
        }
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                diff(pointer + "/" + f.getKey(), f.getValue(), actual.get(f.getKey()), out);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(pointer + "/" + name + ": only in the generated contract");
                }
            });
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(pointer + ": " + expected.size() + " items vs generated " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            // YAML reads 2147483647 back as an int where the builder may hold a long
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(pointer + ": " + expected + " vs generated " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer + ": " + shortText(expected) + " vs generated " + shortText(actual));
        }
    }

    private static String shortText(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
