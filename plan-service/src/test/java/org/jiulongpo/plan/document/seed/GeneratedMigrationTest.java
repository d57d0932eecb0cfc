package org.jiulongpo.plan.document.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The committed migration is what the generator makes of the plan text and the data files, so
 * no hand edit and no stale reading can hide in it. {@code -Dplan.migration.update=true} writes it
 * anew instead (the same as running GenerateMigration).
 */
class GeneratedMigrationTest {

    @Test
    void theCommittedMigrationIsTheGeneratorsOutput() throws Exception {
        String generated = PlanMigration.generate(PlanMigration.lines(Seed.file()));
        if (Boolean.getBoolean("plan.migration.update")) {
            Files.writeString(PlanMigration.MIGRATION, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PlanMigration.MIGRATION, StandardCharsets.UTF_8))
                .as("%s is not what GenerateMigration writes; regenerate it (docs/data/plan.md)", PlanMigration.MIGRATION)
                .isEqualTo(generated);
    }
}
