package org.jiulongpo.plan.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * One direction of flow: each package uses only the packages on the levels above its own in
 * {@link #LEVELS}, never a sibling on its level nor anything below. So the change log knows
 * projects but not who writes to it, and nothing but the readers at the bottom knows the readers.
 */
class PackageDirectionTest {

    static final String ROOT = "org.jiulongpo.plan.projects";

    /** From what uses nothing of this module (config) to what nothing else uses (the readers, the bench route). */
    static final List<List<String>> LEVELS = List.of(
            List.of("config"),
            List.of("project"),
            List.of("changelog"),
            List.of("status", "edit"),
            List.of("feed", "stats", "codelists", "bench"));

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyPackageUsesOnlyThoseAboveIt() {
        List<ArchRule> rules = new ArrayList<>();
        for (int level = 0; level < LEVELS.size(); level++) {
            for (String feature : LEVELS.get(level)) {
                List<String> notAbove = new ArrayList<>();
                for (List<String> lower : LEVELS.subList(level, LEVELS.size())) {
                    lower.stream().filter(other -> !other.equals(feature)).map(PackageDirectionTest::pattern)
                            .forEach(notAbove::add);
                }
                if (!notAbove.isEmpty()) {
                    rules.add(noClasses().that().resideInAPackage(pattern(feature))
                            .should().dependOnClassesThat().resideInAnyPackage(notAbove.toArray(String[]::new))
                            .as(feature + "/ uses only the packages above it: " + above(level)));
                }
            }
        }
        CompositeArchRule.of(rules).check(MAIN);
    }

    @Test
    void everyClassSitsOnALevel() {
        classes().should().resideInAnyPackage(LEVELS.stream().flatMap(List::stream).map(PackageDirectionTest::pattern)
                .toArray(String[]::new))
                .as("every class is in a package of LEVELS, so that its direction is checked")
                .check(MAIN);
    }

    private static String pattern(String feature) {
        return ROOT + "." + feature + "..";
    }

    private static List<String> above(int level) {
        return LEVELS.subList(0, level).stream().flatMap(List::stream).toList();
    }
}
