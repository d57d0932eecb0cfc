package org.jiulongpo.plan.document.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.seed.PlanReader.Node;

/**
 * Writes the Flyway migration that loads the plan's text: the document row and one row per
 * element, from the seed read by {@link PlanReader}, the English titles of
 * {@code plan-text/titles-en.tsv} and the notes of {@code plan-text/damage-notes.tsv}. The same
 * inputs always give the same bytes, so the committed migration can be checked against them
 * (GeneratedMigrationTest).
 */
public final class PlanMigration {

    /** Where the migration lives, relative to the plan-service module. */
    public static final Path MIGRATION = Path.of("src/main/resources/db/migration/V2__plan_text.sql");
    public static final String SEED_FILE = "000_ca47b3e00639afaa.txt";

    private static final String ISSUER_KEY = "document.issuer";

    private PlanMigration() {
    }

    /** The migration's text for the seed's {@code lines}. */
    public static String generate(List<String> lines) throws IOException {
        PlanReader plan = PlanReader.read(lines);
        Map<String, String[]> titles = tsv("titles-en.tsv", 3);
        Map<String, String[]> notes = tsv("damage-notes.tsv", 2);
        List<Node> elements = plan.elements();
        check(plan, elements, titles, notes);

        String titleZh = plan.frontMatter().title();
        String titleEn = titles.get("front")[2];
        StringBuilder sql = new StringBuilder();
        sql.append("-- The plan's text as citable elements, generated from ../shared/seed/").append(SEED_FILE).append('\n')
                .append("-- by org.jiulongpo.plan.document.seed.GenerateMigration (plan-service/src/test/java) with the\n")
                .append("-- English titles and damage notes of plan-service/src/test/resources/plan-text/. Do not edit by\n")
                .append("-- hand: change the reader or the data files and regenerate (docs/data/plan.md).\n\n");

        PlanReader.FrontMatter front = plan.frontMatter();
        sql.append("insert into plan_document (id, title_zh, title_en, issuer_zh, issuer_short_zh, issuer_en, index_number,\n")
                .append("        document_number, subject_category_zh, genre_zh, written_on, published_on, source_url,\n")
                .append("        source_file, line_from, line_to)\nvalues (")
                .append(String.join(", ", quote("jiulongpo-fyp14"), quote(titleZh), quote(titleEn),
                        quote(front.issuerFullName()), quote(front.issuer()), quote(titles.get(ISSUER_KEY)[2]),
                        quote(front.indexNumber()), quote(front.documentNumber()), quote(front.subjectCategory()),
                        quote(front.genre()), quote(front.writtenOn()), quote(front.publishedOn()), "null",
                        quote(SEED_FILE), "1", String.valueOf(plan.lastLine())))
                .append(");\n\n");

        sql.append("insert into plan_element (id, type, num, num_value, title_zh, title_en, text_zh, line_from, line_to,\n")
                .append("        parent_id, sibling_order, depth, document_order, citation_zh, citation_en, damage_note)\nvalues\n");
        List<String> rows = new ArrayList<>();
        int documentOrder = 0;
        for (Node e : elements) {
            documentOrder++;
            String[] title = titles.get(e.id);
            String[] note = notes.get(e.id);
            rows.add("(" + String.join(", ", quote(e.id), quote(e.kind.code()), quote(e.num),
                    e.numValue == null ? "null" : e.numValue.toString(), quote(e.titleZh),
                    quote(title == null ? null : title[2]), quote(plan.text(e.from, e.to)), String.valueOf(e.from),
                    String.valueOf(e.to), quote(e.parent == null ? null : e.parent.id), String.valueOf(order(e, plan)),
                    String.valueOf(e.depth()), String.valueOf(documentOrder), quote(citationZh(titleZh, e)),
                    quote(citationEn(titleEn, e)), quote(note == null ? null : note[1])) + ")");
        }
        sql.append(String.join(",\n", rows)).append(";\n");
        return sql.toString();
    }

    /** 《title》 then each element's label from the top: 第四篇第十六章第一节第2段. */
    static String citationZh(String documentTitle, Node e) {
        return "《" + documentTitle + "》" + path(e).stream().map(n -> n.labelZh).collect(Collectors.joining());
    }

    /** The title, then the labels: "..., Part 4, Chapter 16, Section 1, Paragraph 2". */
    static String citationEn(String documentTitle, Node e) {
        return documentTitle + ", " + path(e).stream().map(n -> n.labelEn).collect(Collectors.joining(", "));
    }

    private static List<Node> path(Node e) {
        List<Node> path = new ArrayList<>();
        for (Node n = e; n != null; n = n.parent) {
            path.add(0, n);
        }
        return path;
    }

    /** The position among siblings, from 1; the top level is the front matter, then the 篇. */
    private static int order(Node e, PlanReader plan) {
        List<Node> siblings = e.parent != null ? e.parent.children
                : plan.elements().stream().filter(n -> n.parent == null).toList();
        return siblings.indexOf(e) + 1;
    }

    /**
     * The data files must fit the text exactly: one English title for each titled element, its
     * Chinese title as the text has it, a note only for elements that exist, and a note for every
     * damage the reader can see (a heading or paragraph over several lines, a unit bracket "(%"
     * left open).
     */
    private static void check(PlanReader plan, List<Node> elements, Map<String, String[]> titles,
            Map<String, String[]> notes) {
        List<String> problems = new ArrayList<>();
        Map<String, Node> byId = new LinkedHashMap<>();
        elements.forEach(e -> byId.put(e.id, e));
        for (Node e : elements) {
            String[] title = titles.get(e.id);
            if (e.titleZh != null && title == null) {
                problems.add(e.id + ": no English title in titles-en.tsv");
            } else if (title != null && !Objects.equals(title[1], e.titleZh)) {
                problems.add(e.id + ": titles-en.tsv has the Chinese title '" + title[1] + "', the text '" + e.titleZh + "'");
            }
            boolean brokenOverLines = e.from != e.to && e.kind != ElementType.BOX_ITEM && e.kind != ElementType.FRONT_MATTER;
            boolean openBracket = plan.text(e.from, e.to).matches("(?s).*\\(%(\\n.*|$)");
            if ((brokenOverLines || openBracket) && !notes.containsKey(e.id)) {
                problems.add(e.id + ": damaged (" + (brokenOverLines ? "over several lines" : "\"(%\" left open")
                        + ") but damage-notes.tsv has no note");
            }
        }
        titles.keySet().stream().filter(id -> !id.equals(ISSUER_KEY) && !byId.containsKey(id))
                .forEach(id -> problems.add("titles-en.tsv: no element " + id));
        notes.keySet().stream().filter(id -> !byId.containsKey(id))
                .forEach(id -> problems.add("damage-notes.tsv: no element " + id));
        if (!titles.containsKey(ISSUER_KEY)) {
            problems.add("titles-en.tsv: no line " + ISSUER_KEY);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    /** A tab-separated data file of the classpath's plan-text/, keyed by its first column. */
    static Map<String, String[]> tsv(String name, int columns) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = PlanMigration.class.getResourceAsStream("/plan-text/" + name)) {
            if (in == null) {
                throw new IOException("plan-text/" + name + " is not on the classpath");
            }
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || cells[columns - 1].isBlank()) {
                    throw new IOException(name + " line " + n + ": expected " + columns + " tab-separated cells");
                }
                if (rows.put(cells[0], cells) != null) {
                    throw new IOException(name + " line " + n + ": " + cells[0] + " a second time");
                }
            }
        }
        return rows;
    }

    /** A SQL string literal (standard_conforming_strings: only the quote is doubled), or null. */
    static String quote(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    /** The seed's lines: the file split at each \n, as {@link PlanReader} numbers them. */
    public static List<String> lines(Path seed) throws IOException {
        return List.of(Files.readString(seed, StandardCharsets.UTF_8).split("\n", -1));
    }
}
