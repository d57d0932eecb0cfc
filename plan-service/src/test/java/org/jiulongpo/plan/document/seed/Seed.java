package org.jiulongpo.plan.document.seed;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the plan text, ../shared/seed/000_ca47b3e00639afaa.txt beside the repository: the first
 * directory upwards from the module that has shared/seed/ with the file, or the path the system
 * property {@code plan.seed} names. The running service never reads it: only the generator and
 * the tests that compare the served text with it.
 */
public final class Seed {

    private Seed() {
    }

    public static Path file() {
        String configured = System.getProperty("plan.seed");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seed").resolve(PlanMigration.SEED_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the plan text shared/seed/" + PlanMigration.SEED_FILE
                + " is in no directory above " + Path.of("").toAbsolutePath() + "; set -Dplan.seed=PATH");
    }
}
