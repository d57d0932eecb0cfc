package org.jiulongpo.plan.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The rows of 专栏3 and 专栏7 to 专栏11 (V5) are the plan's lists as printed: the counts stated in
 * docs/data/projects.md, each name a piece of the seed line it cites, each row citing the box row
 * of its own column. The seed is read from ../shared/seed beside the repository.
 */
@QuarkusTest
class Columns3To11Test {

    private static final String SEED_FILE = "000_ca47b3e00639afaa.txt";

    /** docs/data/projects.md, "Counts" of each of these columns. */
    private static final Map<String, Integer> PER_COLUMN = Map.of(
            "专栏3", 14, "专栏7", 14, "专栏8", 18, "专栏9", 16, "专栏10", 30, "专栏11", 65);

    /** Per sub-heading: the row count, the seed line of the sub-heading and the box row that holds it. */
    private record Heading(int count, int line, String element) {
    }

    private static final Map<String, Heading> PER_SUBCATEGORY = new LinkedHashMap<>();

    static {
        PER_SUBCATEGORY.put("consumption-art-street", new Heading(1, 699, "box-3/item-1"));
        PER_SUBCATEGORY.put("consumption-commercial-street", new Heading(10, 701, "box-3/item-2"));
        PER_SUBCATEGORY.put("consumption-wellness-leisure", new Heading(3, 703, "box-3/item-3"));
        PER_SUBCATEGORY.put("new-infrastructure-smart-city", new Heading(8, 779, "box-7/item-1"));
        PER_SUBCATEGORY.put("new-infrastructure-information", new Heading(3, 781, "box-7/item-2"));
        PER_SUBCATEGORY.put("new-infrastructure-charging", new Heading(3, 783, "box-7/item-3"));
        PER_SUBCATEGORY.put("regional-cooperation-industry", new Heading(4, 861, "box-8/item-1"));
        PER_SUBCATEGORY.put("regional-cooperation-culture-tourism", new Heading(6, 863, "box-8/item-2"));
        PER_SUBCATEGORY.put("regional-cooperation-urban", new Heading(2, 865, "box-8/item-3"));
        PER_SUBCATEGORY.put("regional-cooperation-reform", new Heading(3, 867, "box-8/item-4"));
        PER_SUBCATEGORY.put("regional-cooperation-talent", new Heading(3, 869, "box-8/item-5"));
        PER_SUBCATEGORY.put("innovation-rd-centre", new Heading(7, 935, "box-9/item-1"));
        PER_SUBCATEGORY.put("innovation-incubation", new Heading(4, 937, "box-9/item-2"));
        PER_SUBCATEGORY.put("innovation-ecosystem", new Heading(5, 939, "box-9/item-3"));
        PER_SUBCATEGORY.put("manufacturing-new-materials", new Heading(5, 969, "box-10/item-1"));
        PER_SUBCATEGORY.put("manufacturing-auto-moto", new Heading(9, 971, "box-10/item-2"));
        PER_SUBCATEGORY.put("manufacturing-equipment", new Heading(9, 973, "box-10/item-3"));
        PER_SUBCATEGORY.put("manufacturing-intelligent", new Heading(7, 975, "box-10/item-4"));
        PER_SUBCATEGORY.put("services-professional", new Heading(7, 983, "box-11/item-1"));
        PER_SUBCATEGORY.put("services-finance", new Heading(2, 985, "box-11/item-2"));
        PER_SUBCATEGORY.put("services-cloud-data", new Heading(4, 987, "box-11/item-3"));
        PER_SUBCATEGORY.put("services-e-commerce", new Heading(3, 989, "box-11/item-4"));
        PER_SUBCATEGORY.put("services-culture-tourism", new Heading(15, 991, "box-11/item-5"));
        PER_SUBCATEGORY.put("services-logistics", new Heading(2, 993, "box-11/item-6"));
        PER_SUBCATEGORY.put("services-buildings", new Heading(32, 995, "box-11/item-7"));
    }

    private static List<String> seed;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void readTheSeed() throws IOException {
        seed = List.of(Files.readString(seedFile(), StandardCharsets.UTF_8).split("\n", -1));
    }

    /** The first directory upwards from the module with shared/seed/ and the plan text in it. */
    private static Path seedFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seed").resolve(SEED_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/seed/" + SEED_FILE + " is in no directory above " + Path.of("").toAbsolutePath());
    }

    private static String seedLine(int line) {
        return seed.get(line - 1);
    }

    private record Row(String code, String nameZh, String column, String subcategory, String quote, int line,
            String element, int sortOrder) {
    }

    private List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select code, name_zh, source_column, subcategory_code, source_quote, source_line, source_element, sort_order
                        from project where source_column in ('专栏3', '专栏7', '专栏8', '专栏9', '专栏10', '专栏11')
                        order by sort_order""")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getInt(6), r.getString(7), r.getInt(8)));
            }
        }
        return rows;
    }

    private static <K> Map<K, Integer> count(List<Row> rows, Function<Row, K> key) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(key.apply(r), 1, Integer::sum));
        return counts;
    }

    @Test
    void eachColumnAndSubHeadingHasTheCountTheDocStates() throws SQLException {
        List<Row> rows = rows();
        assertThat(count(rows, Row::column)).containsExactlyInAnyOrderEntriesOf(PER_COLUMN);
        Map<String, Integer> expected = new LinkedHashMap<>();
        PER_SUBCATEGORY.forEach((code, h) -> expected.put(code, h.count()));
        assertThat(count(rows, Row::subcategory)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everySubcategoryIsItsSubHeadingAsPrinted() throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select code, name_zh from project_subcategory")) {
            while (r.next()) {
                names.put(r.getString(1), r.getString(2));
            }
        }
        PER_SUBCATEGORY.forEach((code, h) -> assertThat(seedLine(h.line())).as(code).startsWith(names.get(code) + "。"));
    }

    @Test
    void everyNameIsAPieceOfTheSeedLineItCites() throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            Heading h = PER_SUBCATEGORY.get(row.subcategory());
            if (row.line() != h.line() || !seedLine(row.line()).equals(row.quote())
                    || !seedLine(row.line()).contains(row.nameZh())) {
                wrong.add(row.code() + " (line " + row.line() + "): " + row.nameZh());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRowCitesABoxRowOfItsOwnColumn() throws SQLException {
        for (Row row : rows()) {
            String box = "box-" + row.column().substring("专栏".length());
            assertThat(row.element()).as(row.code()).matches(box + "/item-\\d+")
                    .isEqualTo(PER_SUBCATEGORY.get(row.subcategory()).element());
        }
    }

    @Test
    void rowsAreNumberedInReadingOrderPerColumn() throws SQLException {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Row row : rows()) {
            int n = seen.merge(row.column(), 1, Integer::sum);
            int column = Integer.parseInt(row.column().substring("专栏".length()));
            assertThat(row.sortOrder()).as(row.code()).isEqualTo(column * 1000 + 10 * n);
        }
    }
}
