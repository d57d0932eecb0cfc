package org.jiulongpo.plan.gateway;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway's packages import one way. The proxy and the aggregates are two peers that share
 * only the instance selector ({@code upstream}); {@code health} sits above both (it resets the
 * aggregates' breakers and the selector's back-off); inside the aggregates, resources call
 * services and services call clients.
 */
class PackageDirectionTest {

    static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jiulongpo.plan.gateway");

    @Test
    void theProxyAndTheAggregatesShareOnlyTheInstanceSelector() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("config").definedBy("..gateway.config..")
                .layer("upstream").definedBy("..gateway.upstream..")
                .layer("security").definedBy("..gateway.security..")
                .layer("ratelimit").definedBy("..gateway.ratelimit..")
                .layer("proxy").definedBy("..gateway.proxy..")
                .layer("aggregate").definedBy("..gateway.aggregate..")
                .layer("health").definedBy("..gateway.health..")
                .whereLayer("health").mayNotBeAccessedByAnyLayer()
                .whereLayer("proxy").mayNotBeAccessedByAnyLayer()
                .whereLayer("ratelimit").mayNotBeAccessedByAnyLayer()
                .whereLayer("aggregate").mayOnlyBeAccessedByLayers("health")
                .whereLayer("upstream").mayOnlyBeAccessedByLayers("proxy", "aggregate", "health")
                .whereLayer("security").mayOnlyBeAccessedByLayers("proxy", "ratelimit")
                .check(GATEWAY);
    }

    @Test
    void insideTheAggregatesResourcesCallServicesAndServicesCallClients() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy("..aggregate.rest..")
                .layer("service").definedBy("..aggregate.service..")
                .layer("client").definedBy("..aggregate.client..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("client").mayOnlyBeAccessedByLayers("service")
                .check(GATEWAY);
    }
}
