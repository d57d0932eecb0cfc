package org.jiulongpo.plan.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Features in one order, config, event, feed: the log's writer sits below its readers, so
 * {@code event} never imports {@code feed}. The webhooks sit beside the feeds, over the log:
 * {@code callback} (calling out) below {@code subscription} below {@code delivery}. Inside a
 * feature: rest, service, then client and mapping, then the entities at its root.
 */
class PackageDirectionTest {

    private static final String ROOT = "org.jiulongpo.plan.notifications";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void configUsesNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".config..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".event..", ROOT + ".feed..", ROOT + ".callback..", ROOT + ".subscription..",
                        ROOT + ".delivery..").check(classes);
    }

    @Test
    void theLogNeverUsesItsReaders() {
        noClasses().that().resideInAPackage(ROOT + ".event..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".feed..", ROOT + ".callback..", ROOT + ".subscription..", ROOT + ".delivery..")
                .check(classes);
    }

    @Test
    void webhooksGoDownwardDeliveryThenSubscriptionThenCallback() {
        noClasses().that().resideInAPackage(ROOT + ".callback..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".event..", ROOT + ".feed..", ROOT + ".subscription..", ROOT + ".delivery..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".subscription..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".feed..", ROOT + ".delivery..").check(classes);
        noClasses().that().resideInAPackage(ROOT + ".delivery..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".feed..").check(classes);
    }

    @Test
    void insideEachFeatureImportsGoDownward() {
        for (String feature : new String[] { ROOT + ".event", ROOT + ".feed", ROOT + ".subscription", ROOT + ".delivery" }) {
            noClasses().that().resideInAPackage(feature + ".service..").should().dependOnClassesThat()
                    .resideInAPackage(feature + ".rest..").check(classes);
            noClasses().that().resideInAnyPackage(feature + ".mapping..", feature + ".client..").should()
                    .dependOnClassesThat().resideInAnyPackage(feature + ".service..", feature + ".rest..").check(classes);
            noClasses().that().resideInAPackage(feature).should().dependOnClassesThat()
                    .resideInAnyPackage(feature + ".mapping..", feature + ".client..", feature + ".service..",
                            feature + ".rest..")
                    .check(classes);
        }
    }
}
