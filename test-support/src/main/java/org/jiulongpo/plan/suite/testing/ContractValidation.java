package org.jiulongpo.plan.suite.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;

/**
 * Validates every response a module's tests receive against the public contract,
 * docs/openapi.yaml: status codes, headers, media types and bodies must be what the contract
 * says. Requests are not validated, because tests send invalid requests on purpose; what the
 * service answers to them is validated like any other answer.
 */
public final class ContractValidation {

    private static OpenApiValidationFilter filter;

    private ContractValidation() {
    }

    /** Installs the filter for every rest-assured call of this JVM (idempotent). */
    public static synchronized void install() {
        if (filter == null) {
            Path contract = Path.of("..", "docs", "openapi.yaml").toAbsolutePath().normalize();
            if (!Files.exists(contract)) {
                throw new IllegalStateException("the contract " + contract + " is missing");
            }
            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForSpecificationUrl(contract.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            filter = new OpenApiValidationFilter(validator);
        }
        RestAssured.replaceFiltersWith(filter);
    }
}
