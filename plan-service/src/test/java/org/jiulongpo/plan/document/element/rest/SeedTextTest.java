package org.jiulongpo.plan.document.element.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiulongpo.plan.document.seed.PlanMigration;
import org.jiulongpo.plan.document.seed.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the service serves is the plan as printed: every element's text is exactly the lines of
 * ../shared/seed/000_ca47b3e00639afaa.txt it cites, read here from the file itself.
 */
@QuarkusTest
class SeedTextTest {

    private static List<String> seed;

    @BeforeAll
    static void readTheSeed() throws IOException {
        seed = PlanMigration.lines(Seed.file());
    }

    private static String lines(int from, int to) {
        return String.join("\n", seed.subList(from - 1, to));
    }

    private static List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("limit", 500)
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] { cursor })
                    .get("/api/v1/plan/elements");
            page.then().statusCode(200);
            all.addAll(page.path("items"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void everyElementsTextIsItsLinesOfThePlanTextExactly() {
        List<Map<String, Object>> all = all();
        assertThat(all).hasSize(524);
        List<String> mismatches = new ArrayList<>();
        for (Map<String, Object> e : all) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> range = (Map<String, Integer>) e.get("lines");
            String expected = lines(range.get("from"), range.get("to"));
            if (!expected.equals(e.get("text"))) {
                mismatches.add(e.get("id") + " (lines " + range.get("from") + "-" + range.get("to") + ")");
            }
        }
        assertThat(mismatches).as("elements whose text is not their lines of the seed").isEmpty();
    }

    @Test
    void theCountsOfThePlanAreThere() {
        Map<String, Long> counts = all().stream()
                .collect(Collectors.groupingBy(e -> (String) e.get("type"), LinkedHashMap::new, Collectors.counting()));
        assertThat(counts).containsEntry("part", 14L).containsEntry("chapter", 60L).containsEntry("section", 109L)
                .containsEntry("box", 19L).containsEntry("front_matter", 1L);
        long printedHeadings = seed.stream().filter(l -> l.matches("^第[一二三四五六七八九十]+[篇章节].*")).count();
        long printedBoxes = seed.stream().filter(l -> l.startsWith("专栏")).count();
        assertThat(counts.get("part") + counts.get("chapter") + counts.get("section")).isEqualTo(printedHeadings);
        assertThat(counts.get("box")).isEqualTo(printedBoxes);
    }

    @Test
    void theTextRenditionOfEachPartIsThePlanTextFromItsHeadingToItsEnd() {
        List<Map<String, Object>> parts = given().get("/api/v1/plan/elements?type=part&limit=500").then().statusCode(200)
                .extract().path("items");
        List<Integer> starts = new ArrayList<>(parts.stream().map(p -> SeedTextTest.from(p)).toList());
        starts.add(1534); // the plan ends at line 1533; the page's own links follow
        for (int i = 0; i < parts.size(); i++) {
            String text = given().get("/api/v1/plan/elements/" + parts.get(i).get("id") + "?format=text").then()
                    .statusCode(200).extract().asString();
            int last = starts.get(i + 1) - 1;
            while (seed.get(last - 1).isBlank()) {
                last--;
            }
            assertThat(text).as("text of %s", parts.get(i).get("id")).isEqualTo(lines(from(parts.get(i)), last) + "\n");
        }
        String front = given().get("/api/v1/plan/elements/front?format=text").then().statusCode(200).extract().asString();
        assertThat(front).isEqualTo(lines(1, 18) + "\n");
    }

    @SuppressWarnings("unchecked")
    private static int from(Map<String, Object> element) {
        return ((Map<String, Integer>) element.get("lines")).get("from");
    }
}
