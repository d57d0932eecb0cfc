package org.jiulongpo.plan.indicators.indicator.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan text the indicators cite, read from the files themselves: the seed
 * (../shared/seed/000_ca47b3e00639afaa.txt beside the repository) and plan-service's element
 * migration (../plan-service/src/main/resources/db/migration/V2__plan_text.sql), whose tuples are
 * (id, type, num, num_value, title_zh, title_en, text_zh, line_from, line_to, parent_id, ...).
 */
final class PlanText {

    static final String SEED_FILE = "000_ca47b3e00639afaa.txt";

    record Element(String id, String type, int lineFrom, int lineTo) {

        boolean holds(int line) {
            return lineFrom <= line && line <= lineTo;
        }
    }

    private PlanText() {
    }

    /** The seed's lines; line n of the text is {@code get(n - 1)}. */
    static List<String> seedLines() {
        return read(above(Path.of("shared", "seed", SEED_FILE))).lines().toList();
    }

    static Map<String, Element> elements() {
        String sql = read(above(Path.of("plan-service", "src", "main", "resources", "db", "migration",
                "V2__plan_text.sql")));
        int at = sql.indexOf("values", sql.indexOf("insert into plan_element"));
        if (at < 0) {
            throw new IllegalStateException("no plan_element insert in plan-service's V2");
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        int i = at + "values".length();
        while (true) {
            while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == ',')) {
                i++;
            }
            if (i >= sql.length() || sql.charAt(i) != '(') {
                break;
            }
            List<String> values = new ArrayList<>();
            i = tuple(sql, i + 1, values);
            elements.put(values.get(0), new Element(values.get(0), values.get(1), Integer.parseInt(values.get(7)),
                    Integer.parseInt(values.get(8))));
        }
        return elements;
    }

    /** Reads one SQL tuple from after its '(' into {@code values}; returns the index after its ')'. */
    private static int tuple(String sql, int i, List<String> values) {
        while (true) {
            while (Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.charAt(i) == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    int quote = sql.indexOf('\'', j);
                    text.append(sql, j, quote);
                    if (quote + 1 < sql.length() && sql.charAt(quote + 1) == '\'') {
                        text.append('\'');
                        j = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                values.add(text.toString());
            } else {
                int end = i;
                while (sql.charAt(end) != ',' && sql.charAt(end) != ')') {
                    end++;
                }
                values.add(sql.substring(i, end).strip());
                i = end;
            }
            while (Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.charAt(i) == ')') {
                return i + 1;
            }
            i++; // the comma
        }
    }

    private static Path above(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " is in no directory above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
