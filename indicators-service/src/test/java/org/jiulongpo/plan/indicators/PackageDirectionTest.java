package org.jiulongpo.plan.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One direction of flow, read from the compiled classes: every type a class uses (fields,
 * signatures, calls, annotations), which is what its imports name, less imports nothing uses.
 * Each feature uses only the features listed before it in {@link #FEATURES}, and inside a feature
 * {@code rest/} uses {@code service/}, which uses {@code mapping/}, which uses the feature's root.
 */
class PackageDirectionTest {

    static final String ROOT = "org.jiulongpo.plan.indicators";

    /**
     * Base first: the progress arithmetic and the vocabulary it judges in (pure); the indicators,
     * whose progress it computes; the observations recorded for them (they lock and version their
     * indicator, and give it their values through {@code indicator.service.ObservedValues}); the
     * code lists, which list the codes of all three.
     */
    static final List<String> FEATURES = List.of("progress", "indicator", "observation", "codelist");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static String feature(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void everyClassIsInAFeatureOfTheOrder() {
        classes().should().resideInAnyPackage(FEATURES.stream().map(PackageDirectionTest::feature).toArray(String[]::new))
                .because("a new package takes its place in FEATURES first")
                .check(MAIN);
    }

    @Test
    void noFeatureUsesOneListedAfterIt() {
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            String[] later = FEATURES.subList(i + 1, FEATURES.size()).stream().map(PackageDirectionTest::feature)
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(feature(FEATURES.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("features depend one way: " + String.join(" <- ", FEATURES))
                    .check(MAIN);
        }
    }

    @Test
    void progressIsPureArithmetic() {
        noClasses().that().resideInAPackage(feature("progress"))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                        "org.hibernate..", "io.quarkus..", "jakarta.enterprise..", "jakarta.transaction..")
                .because("progress/ is unit-tested without HTTP, a database or a container")
                .check(MAIN);
    }

    @Test
    void insideAFeatureRestUsesServiceUsesMappingUsesTheRoot() {
        noClasses().that().resideInAPackage(ROOT + ".*.service..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".*.rest..")
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".*.mapping..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".*.rest..", ROOT + ".*.service..")
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".*")
                .should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".*.rest..", ROOT + ".*.service..", ROOT + ".*.mapping..")
                .check(MAIN);
    }
}
