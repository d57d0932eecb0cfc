package org.jiulongpo.plan.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures each scenario measured, written after every scenario to
 * system-tests/target/reliability.json and to docs/reliability-last-run.md, which
 * docs/reliability.md quotes.
 */
final class Report {

    private static final Map<String, Map<String, Object>> FIGURES = new LinkedHashMap<>();

    private Report() {
    }

    static synchronized void put(String scenario, String figure, Object value) {
        FIGURES.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(figure,
                value instanceof Double d ? Math.round(d * 1000) / 1000.0 : value);
        write();
    }

    private static void write() {
        try {
            Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
            Files.createDirectories(root.resolve("system-tests/target"));
            Files.write(root.resolve("system-tests/target/reliability.json"),
                    Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(FIGURES));
            StringBuilder md = new StringBuilder("# Reliability figures of the last run\n\n")
                    .append("Written by the system tests (`./mvnw verify`, module `system-tests`) on ")
                    .append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                    .append(". What each figure means: [reliability.md](reliability.md).\n\n")
                    .append("| scenario | figure | value |\n|---|---|---|\n");
            FIGURES.forEach((scenario, figures) -> figures.forEach((name, value) -> md.append("| ").append(scenario)
                    .append(" | ").append(name).append(" | ").append(value).append(" |\n")));
            Files.writeString(root.resolve("docs/reliability-last-run.md"), md.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the reliability report", e);
        }
    }
}
