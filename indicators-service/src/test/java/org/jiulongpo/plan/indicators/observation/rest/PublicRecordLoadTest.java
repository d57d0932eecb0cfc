package org.jiulongpo.plan.indicators.observation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiulongpo.plan.common.csv.Csv;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The committed public record (data/public-record/observations.csv, docs/data/monitoring.md)
 * loads through the bulk path as the public-record reporter, as {@code ./suite load public-record} sends it.
 */
@QuarkusTest
class PublicRecordLoadTest {

    static final Path FILE = Path.of("..", "data", "public-record", "observations.csv");

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void theCommittedFileLoadsWhole() throws Exception {
        byte[] file = Files.readAllBytes(FILE);
        String token = TestTokens.bearer("public-record", "plan-editor");
        given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(file)
                .post("/api/v1/indicators/observations/bulk?dryRun=true").then().statusCode(200)
                .body("rows", is(11)).body("new", is(11));
        given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(file)
                .post("/api/v1/indicators/observations/bulk").then().statusCode(200)
                .body("rows", is(11)).body("new", is(11)).body("revised", is(0));
        // loading it again changes nothing
        given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(file)
                .post("/api/v1/indicators/observations/bulk").then().statusCode(200).body("unchanged", is(11));

        Map<String, Integer> byIndicator = new TreeMap<>();
        List<List<String>> records = Csv.read(Files.readString(FILE));
        for (List<String> r : records.subList(1, records.size())) {
            byIndicator.merge(r.get(0), 1, Integer::sum);
        }
        // the counts docs/data/monitoring.md gives
        assertThat(byIndicator).containsExactlyEntriesOf(
                new TreeMap<>(Map.of("fyp14-01", 4, "fyp14-08", 1, "fyp14-p12", 4, "fyp14-p42", 2)));
        for (Map.Entry<String, Integer> e : byIndicator.entrySet()) {
            JsonPath served = given().get("/api/v1/indicators/" + e.getKey() + "/observations").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(served.getList("items")).hasSize(e.getValue());
            assertThat(served.getList("items.recordedBy", String.class)).containsOnly("public-record");
            assertThat(served.getList("items.comparable", Boolean.class)).containsOnly(false);
            assertThat(served.getList("items.source.url", String.class)).allMatch(u -> u.startsWith("http"));
            // city figures: they never move the district's progress
            given().get("/api/v1/indicators/" + e.getKey() + "/progress").then().body("status", is("no_data"));
        }
        given().get("/api/v1/indicators/fyp14-p12/observations/2022").then()
                .body("value", is(29129.03f)).body("basis", is("provisional"))
                .body("source.publishedOn", is("2023-03-17"))
                .body("source.phrase", is("初步核算,全年实现地区生产总值29129.03亿元"));
        // a source that prints no date has none
        given().get("/api/v1/indicators/fyp14-p12/observations/2024").then().body("source.publishedOn", nullValue());
    }
}
