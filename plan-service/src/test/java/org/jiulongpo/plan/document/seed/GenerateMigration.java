package org.jiulongpo.plan.document.seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes plan-service's V2__plan_text.sql from the seed. Run from the plan-service module with
 * the test classpath (docs/data/plan.md gives the command), optionally naming the seed file:
 * {@code GenerateMigration [seed]}. Without it the seed is found as the tests find it.
 */
public final class GenerateMigration {

    private GenerateMigration() {
    }

    public static void main(String[] args) throws Exception {
        Path seed = args.length > 0 ? Path.of(args[0]) : Seed.file();
        String sql = PlanMigration.generate(PlanMigration.lines(seed));
        Files.writeString(PlanMigration.MIGRATION, sql, StandardCharsets.UTF_8);
        System.out.println("wrote " + PlanMigration.MIGRATION.toAbsolutePath() + " from " + seed);
    }
}
