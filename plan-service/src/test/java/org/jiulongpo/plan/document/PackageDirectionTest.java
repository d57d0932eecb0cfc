package org.jiulongpo.plan.document;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One direction inside the element feature: rest uses service, service uses mapping, mapping
 * uses the entities at the feature root; nothing below imports what sits above it.
 */
class PackageDirectionTest {

    private static final String FEATURE = "org.jiulongpo.plan.document.element";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jiulongpo.plan.document");
    }

    @Test
    void servicesNeverUseResources() {
        noClasses().that().resideInAPackage(FEATURE + ".service..").should().dependOnClassesThat()
                .resideInAPackage(FEATURE + ".rest..").check(classes);
    }

    @Test
    void mappingUsesNeitherServicesNorResources() {
        noClasses().that().resideInAPackage(FEATURE + ".mapping..").should().dependOnClassesThat()
                .resideInAnyPackage(FEATURE + ".service..", FEATURE + ".rest..").check(classes);
    }

    @Test
    void entitiesUseNothingAboveThem() {
        noClasses().that().resideInAPackage(FEATURE).should().dependOnClassesThat()
                .resideInAnyPackage(FEATURE + ".mapping..", FEATURE + ".service..", FEATURE + ".rest..").check(classes);
    }
}
