package org.jiulongpo.plan.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jiulongpo.plan.gateway.security.WritePolicy;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every write operation of the public contract is known to the gateway's write policy, with
 * exactly the roles the contract names, so that a new write operation cannot slip through with
 * the default. The gateway's tests then try each one without a token and with a wrong role.
 */
public class WritePolicyContractTest {

    /** A write operation as the contract states it, with a concrete path to call. */
    public record WriteOperation(String method, String pathTemplate, String examplePath, Set<String> roles,
            String operationId) {
    }

    public static List<WriteOperation> writeOperations() throws IOException {
        JsonNode contract = ContractBuilder.YAML.readTree(ContractBuilder.CONTRACT.toFile());
        List<WriteOperation> writes = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            if (!ContractBuilder.METHODS.contains(op.getKey()) || !WritePolicy.isWrite(method)) {
                return;
            }
            Set<String> roles = new TreeSet<>();
            for (JsonNode requirement : op.getValue().path("security")) {
                requirement.path("bearer").forEach(r -> roles.add(r.asText()));
            }
            String example = path.getKey().replace("{code}", "sample-code").replace("{year}", "2023")
                    .replace("{id}", "1").replace("{deliveryId}", "1");
            writes.add(new WriteOperation(method, path.getKey(), example, roles,
                    op.getValue().path("operationId").asText()));
        }));
        return writes;
    }

    @Test
    void everyWriteOfTheContractNeedsTheRolesItNames() throws IOException {
        List<WriteOperation> writes = writeOperations();
        assertThat(writes).extracting(WriteOperation::operationId)
                .contains("recordObservation", "reportStatusUpdate", "editProject", "removeProject");
        for (WriteOperation write : writes) {
            assertThat(write.roles()).as(write.operationId() + " names the role it needs in its security requirement")
                    .isNotEmpty();
            Set<String> policy = new TreeSet<>(WritePolicy.rolesFor(write.method(), write.examplePath()));
            // plan-admin may do everything; the contract names the role a caller normally needs
            Set<String> expected = new TreeSet<>(write.roles());
            expected.add(WritePolicy.PLAN_ADMIN);
            assertThat(policy).as(write.method() + " " + write.pathTemplate()).isEqualTo(expected);
        }
    }
}
