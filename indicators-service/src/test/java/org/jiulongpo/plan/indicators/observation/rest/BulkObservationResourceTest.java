package org.jiulongpo.plan.indicators.observation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Annual submissions in bulk (issue 16 item 4), on the real PostgreSQL of the module's tests. */
@QuarkusTest
class BulkObservationResourceTest {

    static final String PATH = "/api/v1/indicators/observations/bulk";
    static final String BUREAU = TestTokens.bearer("stats-bureau", "plan-editor");

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row with a complete provenance; {@code extra} is a JSON object whose fields replace or add to the row's. */
    static String row(String code, int year, String value, String extra) {
        try {
            ObjectNode row = (ObjectNode) JSON.readTree("{\"indicatorCode\":\"" + code + "\",\"year\":" + year
                    + ",\"value\":" + value + ",\"basis\":\"provisional\",\"comparable\":true,\"source\":{\"title\":"
                    + "\"BulkObservationResourceTest\",\"publisher\":\"test\",\"publishedOn\":\"2024-03-28\","
                    + "\"url\":\"https://example.org/bulk\",\"phrase\":\"test value, not an official statistic\"}}");
            row.setAll((ObjectNode) JSON.readTree("{" + extra + "}"));
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String items(String... rows) {
        return "{\"items\":[" + String.join(",", rows) + "]}";
    }

    static Response post(String token, String query, String contentType, String body) {
        var r = given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            r.header("Authorization", token);
        }
        return r.post(PATH + query);
    }

    static int revisions(String code, int year) {
        Response r = given().get("/api/v1/indicators/" + code + "/observations/" + year + "/revisions");
        return r.statusCode() == 404 ? 0 : r.jsonPath().getList("items").size();
    }

    @Test
    void everyBadRowIsNamedInOneAnswerAndNothingIsWritten() {
        String tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
        String body = items(
                row("fyp14-13", 2021, "80.1", ""),                                  // 1: good
                row("fyp14-99", 2021, "1", ""),                                     // 2: unknown code
                row("fyp14-13", 2022, "80.2", "\"unitZh\":\"年\""),                  // 3: wrong unit (岁)
                row("fyp14-13", 2021, "80.3", ""),                                  // 4: same year as row 1
                row("fyp14-14", 2021, "5", "\"source\":{\"title\":\"t\",\"publisher\":\"p\",\"url\":\"ftp://example.org\",\"phrase\":\"5\"}"), // 5
                row("fyp14-14", 2022, "5", "\"source\":{\"title\":\"t\",\"publisher\":\"p\",\"url\":\"https://example.org\",\"phrase\":\"5\",\"publishedOn\":\"" + tomorrow + "\"}"), // 6
                row("fyp13-08", 2021, "1", ""),                                     // 7: a 13th-plan code
                "{\"indicatorCode\":\"fyp14-14\",\"year\":2023,\"value\":\"five\"}", // 8: wrong type
                row("fyp14-14", 2024, "5", "\"comparable\":false"),                 // 9: not comparable, no note
                row("fyp14-13", 2023, "80", "\"unitZh\":\"岁\""));                   // 10: good, with the right unit
        post(BUREAU, "", "application/json", body).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Rows 2, 3, 4, 5, 6, 7, 8, 9 are invalid"))
                .body("detail", containsString("nothing was written"))
                .body("errors.row", hasItems(2, 3, 4, 5, 6, 7, 8, 9)).body("errors.row", not(hasItem(1)))
                .body("errors.find { it.row == 2 }.field", is("indicatorCode"))
                .body("errors.find { it.row == 3 }.field", is("unitZh"))
                .body("errors.find { it.row == 3 }.message", containsString("岁"))
                .body("errors.find { it.row == 4 }.message", containsString("row 1"))
                .body("errors.find { it.row == 5 }.field", is("source.url"))
                .body("errors.find { it.row == 6 }.field", is("source.publishedOn"))
                .body("errors.find { it.row == 7 }.field", is("indicatorCode"))
                .body("errors.find { it.row == 8 }.field", is("value"))
                .body("errors.find { it.row == 9 }.field", is("note"));
        assertThat(revisions("fyp14-13", 2021)).isZero();
        assertThat(revisions("fyp14-13", 2023)).isZero();
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndAWriteMakesOneRevisionPerChangedValue() {
        post(BUREAU, "", "application/json", items(row("fyp14-18", 2021, "2.1", ""), row("fyp14-18", 2022, "2.2", "")))
                .then().statusCode(200).body("dryRun", is(false)).body("new", is(2))
                .body("items.outcome", contains("new", "new")).body("items.revision", contains(1, 1));
        String next = items(row("fyp14-18", 2021, "2.10", ""),                           // the same value, another scale
                row("fyp14-18", 2022, "2.3", "\"revisionReason\":\"统计年鉴终核数\""),
                row("fyp14-18", 2023, "2.4", ""));
        post(BUREAU, "?dryRun=true", "application/json", next).then().statusCode(200).body("dryRun", is(true))
                .body("rows", is(3)).body("new", is(1)).body("revised", is(1)).body("unchanged", is(1))
                .body("items.row", contains(1, 2, 3)).body("items.outcome", contains("unchanged", "revised", "new"))
                .body("items.revision", contains(1, 2, 1));
        assertThat(revisions("fyp14-18", 2022)).isEqualTo(1);
        assertThat(revisions("fyp14-18", 2023)).isZero();
        post(BUREAU, "", "application/json", next).then().statusCode(200).body("dryRun", is(false))
                .body("items.outcome", contains("unchanged", "revised", "new"));
        assertThat(revisions("fyp14-18", 2021)).isEqualTo(1);
        assertThat(revisions("fyp14-18", 2022)).isEqualTo(2);
        given().get("/api/v1/indicators/fyp14-18/observations/2022/revisions").then()
                .body("items[0].revisionReason", is("统计年鉴终核数")).body("items[0].previousValue", is(2.2f))
                .body("items[0].recordedBy", is("stats-bureau"));
        // a changed value with no reason is refused, and so is the whole body
        post(BUREAU, "", "application/json", items(row("fyp14-18", 2024, "2.5", ""), row("fyp14-18", 2023, "9", "")))
                .then().statusCode(400).body("errors[0].row", is(2)).body("errors[0].field", is("revisionReason"));
        assertThat(revisions("fyp14-18", 2024)).isZero();
        post(BUREAU, "?dryRun=yes", "application/json", next).then().statusCode(400).body("errors[0].field", is("dryRun"));
    }

    @Test
    void aReplayUnderTheSameKeyGetsTheFirstAnswerAndWritesNothingMore() {
        String body = items(row("fyp14-19", 2021, "3", ""), row("fyp14-19", 2022, "3.1", ""));
        Response first = given().contentType("application/json").header("Authorization", BUREAU)
                .header("Idempotency-Key", "bulk-2022-a").body(body).post(PATH);
        first.then().statusCode(200).body("new", is(2));
        Response replay = given().contentType("application/json").header("Authorization", BUREAU)
                .header("Idempotency-Key", "bulk-2022-a").body(body).post(PATH);
        replay.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(first.asString());
        assertThat(revisions("fyp14-19", 2021)).isEqualTo(1);
        given().contentType("application/json").header("Authorization", BUREAU).header("Idempotency-Key", "bulk-2022-a")
                .body(items(row("fyp14-19", 2021, "4", "\"revisionReason\":\"x\""))).post(PATH).then().statusCode(422);
        // without the key the same rows are simply unchanged
        post(BUREAU, "", "application/json", body).then().statusCode(200).body("unchanged", is(2));
    }

    @Test
    void aCsvExportEditedAndUploadedAgainIsABulkSubmission() {
        post(BUREAU, "", "application/json", items(row("fyp14-20", 2021, "3", ""), row("fyp14-20", 2022, "2.9", "")))
                .then().statusCode(200);
        byte[] export = given().get("/api/v1/indicators/fyp14-20/observations?format=csv").then().statusCode(200)
                .extract().asByteArray();
        String csv = new String(export, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFindicatorCode,");
        post(BUREAU, "", "text/csv", csv).then().statusCode(200).body("unchanged", is(2));
        // the export's columns plus revisionReason: 2022 revised, 2023 new
        List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
        lines.set(0, lines.get(0) + ",revisionReason");
        lines.set(1, lines.get(1) + ",");
        lines.set(2, lines.get(2).replaceFirst(",2\\.9,", ",2.8,") + ",复核");
        lines.add(lines.get(1).replaceFirst(",2021,", ",2023,"));
        post(BUREAU, "", "text/csv; charset=UTF-8", String.join("\r\n", lines) + "\r\n").then().statusCode(200)
                .body("items.outcome", contains("unchanged", "revised", "new"));
        assertThat(revisions("fyp14-20", 2022)).isEqualTo(2);
        // bad cells are named by row and column; an unknown column by its name
        String header = "indicatorCode,year,value,basis,comparable,source.title,source.publisher,source.url,source.phrase\r\n";
        post(BUREAU, "", "text/csv", header + "fyp14-20,2024,abc,provisional,true,t,p,https://example.org,x\r\n"
                + "fyp14-20,twenty,1,provisional,true,t,p,https://example.org,x\r\n"
                + "fyp14-20,2025,1,provisional,maybe,t,p,https://example.org,x\r\n"
                + "fyp14-20,2025,1,provisional,true,t,p\r\n").then().statusCode(400)
                .body("errors.find { it.row == 1 }.field", is("value"))
                .body("errors.find { it.row == 2 }.field", is("year"))
                .body("errors.find { it.row == 3 }.field", is("comparable"))
                .body("errors.find { it.row == 4 }.message", containsString("the header has 9"));
        post(BUREAU, "", "text/csv", "indicatorCode,colour\r\nfyp14-20,red\r\n").then().statusCode(400)
                .body("errors[0].field", is("colour"));
        post(BUREAU, "", "text/csv", header + "\"fyp14-20,2024\r\n").then().statusCode(400)
                .body("errors[0].field", is("body"));
        assertThat(revisions("fyp14-20", 2024)).isZero();
    }

    @Test
    void theSameRolesAsSingleWritesAndTheRowLimit() {
        String body = items(row("fyp14-21", 2021, "90", ""));
        post(null, "", "application/json", body).then().statusCode(401).contentType("application/problem+json");
        post(TestTokens.bearer("project-reporter"), "", "application/json", body).then().statusCode(403);
        post(TestTokens.bearer("plan-admin"), "", "application/json", body).then().statusCode(200).body("new", is(1));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("{}");
        }
        post(BUREAU, "", "application/json", "{\"items\":[" + String.join(",", many) + "]}").then().statusCode(400)
                .body("errors[0].field", is("items")).body("errors[0].message", containsString("at most 1000"));
        post(BUREAU, "", "application/json", "{\"items\":[]}").then().statusCode(400);
        post(BUREAU, "", "application/json", "{\"rows\":[]}").then().statusCode(400);
        post(BUREAU, "", "application/json", "not json").then().statusCode(400).body("errors[0].field", is("body"));
        post(BUREAU, "", "text/plain", "x").then().statusCode(415);
        assertThat(revisions("fyp14-21", 2021)).isEqualTo(1);
    }
}
