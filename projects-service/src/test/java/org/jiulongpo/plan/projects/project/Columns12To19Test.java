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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The rows of 专栏12-16, 18 and 19 (V6) against the plan text itself: the counts docs/data/projects.md states,
 * every name as printed on its line, and every row citing the 专栏 row that holds it.
 */
@QuarkusTest
class Columns12To19Test {

    static final String SEED_FILE = "000_ca47b3e00639afaa.txt";

    /** Items per sub-heading, in column order, as docs/data/projects.md states them. */
    static final Map<String, Map<String, Integer>> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("专栏12", counts("城市有机更新", 22, "城市路网", 30, "市政设施", 7));
        COUNTS.put("专栏13", counts("农村基础设施", 4, "农村人居环境整治提升", 6, "美丽乡村建设", 3, "乡村产业建设", 5));
        COUNTS.put("专栏14", counts("重大文化设施建设", 19, "传承发展优秀传统文化", 6, "文旅产业发展主题", 12, "旅游景区景点建设", 8));
        COUNTS.put("专栏15", counts("大气环境治理", 7, "水环境治理", 25, "土壤环境治理", 10, "噪声污染防治", 5, "农村环境治理", 8,
                "生态环境监管能力建设", 4));
        COUNTS.put("专栏16", counts("生态安全屏障", 11, "生态系统修复", 10, "公园建设", 4));
        COUNTS.put("专栏18", counts("医疗服务", 6, "公共卫生", 9, "体育场馆", 5));
        COUNTS.put("专栏19", counts("社区服务", 11, "退役军人保障", 1, "民生保障", 2, "养老服务", 2));
    }

    static List<String> seed;

    @Inject
    AgroalDataSource dataSource;

    record Row(String code, String nameZh, String column, String subcategory, String sourceQuote, int sourceLine,
            String sourceElement, String phrase, String locationZh, int sortOrder) {
    }

    @BeforeAll
    static void readThePlanText() throws IOException {
        seed = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
    }

    /** ../shared/seed beside the repository, found upwards from the module as plan-service's tests find it. */
    static Path seedFile() {
        String configured = System.getProperty("plan.seed");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seed").resolve(SEED_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the plan text shared/seed/" + SEED_FILE + " is in no directory above "
                + Path.of("").toAbsolutePath() + "; set -Dplan.seed=PATH");
    }

    @Test
    void everyColumnAndSubHeadingHasTheCountTheDocStates() throws SQLException {
        Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
        for (Row row : rows()) {
            actual.computeIfAbsent(row.column(), c -> new LinkedHashMap<>()).merge(row.subcategory(), 1, Integer::sum);
        }
        assertThat(actual).isEqualTo(COUNTS);
        assertThat(actual.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(242);
    }

    @Test
    void everyNameIsPrintedOnItsLineAndTheQuoteIsThatLine() throws SQLException {
        for (Row row : rows()) {
            String line = seed.get(row.sourceLine() - 1);
            assertThat(row.sourceQuote()).as(row.code()).isEqualTo(line);
            assertThat(line).as(row.code()).startsWith(row.subcategory() + "。").contains(row.nameZh());
            for (String piece : row.phrase().split("…")) {
                assertThat(line).as(row.code() + " plan_stage_phrase").contains(piece);
            }
            if (row.locationZh() != null) {
                assertThat(line).as(row.code() + " location").contains(row.locationZh());
            }
        }
    }

    @Test
    void everyRowCitesTheColumnRowThatHoldsIt() throws SQLException {
        Pattern element = Pattern.compile("box-(\\d+)/item-(\\d+)");
        for (Row row : rows()) {
            Matcher m = element.matcher(row.sourceElement());
            assertThat(m.matches()).as(row.code() + " " + row.sourceElement()).isTrue();
            assertThat("专栏" + m.group(1)).as(row.code()).isEqualTo(row.column());
            assertThat(itemLines(row.column()).get(Integer.parseInt(m.group(2)) - 1)).as(row.code())
                    .isEqualTo(row.sourceLine());
        }
    }

    @Test
    void rowsReadInPlanOrder() throws SQLException {
        Map<String, List<Row>> byColumn = new TreeMap<>();
        rows().forEach(row -> byColumn.computeIfAbsent(row.column(), c -> new ArrayList<>()).add(row));
        byColumn.forEach((column, rows) -> {
            int number = Integer.parseInt(column.substring(2));
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).sortOrder()).as(rows.get(i).code()).isEqualTo(number * 1000 + 10 * (i + 1));
                if (i > 0) {
                    Row before = rows.get(i - 1);
                    Row row = rows.get(i);
                    assertThat(row.sourceLine()).isGreaterThanOrEqualTo(before.sourceLine());
                }
            }
        });
    }

    /** The seed lines of a column's rows: the non-blank lines after its heading, up to the next heading. */
    static List<Integer> itemLines(String column) {
        List<Integer> lines = new ArrayList<>();
        int i = 0;
        // the heading is 专栏N, an en space or two, then its title
        while (!seed.get(i).matches(column + "\\D.*")) {
            i++;
        }
        for (i++; i < seed.size() && !seed.get(i).matches("^(第.+[篇章节]|专栏\\d+).*"); i++) {
            if (!seed.get(i).isBlank()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select p.code, p.name_zh, p.source_column, s.name_zh, p.source_quote, p.source_line,
                               p.source_element, p.plan_stage_phrase, p.location_zh, p.sort_order
                        from project p join project_subcategory s on s.code = p.subcategory_code
                        where p.source_column in ('专栏12', '专栏13', '专栏14', '专栏15', '专栏16', '专栏18', '专栏19')
                        order by p.sort_order""")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)));
            }
        }
        return rows;
    }

    static Map<String, Integer> counts(Object... headingThenCount) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < headingThenCount.length; i += 2) {
            counts.put((String) headingThenCount[i], (Integer) headingThenCount[i + 1]);
        }
        return counts;
    }
}
