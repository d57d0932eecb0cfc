package org.jiulongpo.plan.indicators.observation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ObservationResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static final String EDITOR = TestTokens.bearer("stats-bureau", "plan-editor");

    /** A test value's provenance: it names where it comes from, as every observation must. */
    static final String SOURCE = "{\"title\":\"ObservationResourceTest\",\"publisher\":\"test\","
            + "\"url\":\"https://example.org/test\",\"phrase\":\"test value, not an official statistic\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The body with the provenance every write needs (basis, comparable, source) where it names
     * none itself, so that each test states only what it is about; a body that is not a JSON
     * object goes as it is.
     */
    static String withProvenance(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree instanceof ObjectNode o) {
                if (!o.has("basis")) {
                    o.put("basis", "provisional");
                }
                if (!o.has("comparable")) {
                    o.put("comparable", true);
                }
                if (!o.has("source")) {
                    o.set("source", JSON.readTree(SOURCE));
                }
                return JSON.writeValueAsString(o);
            }
        } catch (JsonProcessingException e) {
            // not JSON: the test is about that
        }
        return json;
    }

    static Response record(String code, String token, String json) {
        return recordAsIs(code, token, withProvenance(json));
    }

    static Response recordAsIs(String code, String token, String json) {
        var r = given().contentType("application/json").body(json);
        if (token != null) {
            r.header("Authorization", token);
        }
        return r.post("/api/v1/indicators/" + code + "/observations");
    }

    static Response revise(String code, String token, String ifMatch, String json) {
        return given().contentType("application/json").header("Authorization", token).header("If-Match", ifMatch)
                .body(withProvenance(json)).post("/api/v1/indicators/" + code + "/observations");
    }

    static String etagOf(String code, int year) {
        return given().get("/api/v1/indicators/" + code + "/observations/" + year).then().statusCode(200).extract()
                .header("ETag");
    }

    @Test
    void recordThenReviseKeepsHistoryAndMovesProgress() {
        String code = "fyp14-03";
        String etagBefore = given().get("/api/v1/indicators/" + code).header("ETag");
        record(code, EDITOR, "{\"year\":2022,\"value\":42.1,\"basis\":\"provisional\",\"source\":{\"title\":\"统计快报\",\"publisher\":\"区统计局\",\"url\":\"https://example.org/kuaibao\",\"phrase\":\"42.1\"}}").then()
                .statusCode(201).header("Location", "/api/v1/indicators/fyp14-03/observations/2022")
                .body("value", is(42.1f)).body("revision", is(1)).body("recordedBy", is("stats-bureau"));
        // a revision without a reason is refused
        record(code, EDITOR, "{\"year\":2022,\"value\":43.4}").then().statusCode(400)
                .body("errors[0].field", is("revisionReason"));
        revise(code, EDITOR, etagOf(code, 2022), "{\"year\":2022,\"value\":43.4,\"basis\":\"final\",\"revisionReason\":\"统计年鉴终核数\"}").then()
                .statusCode(201).body("revision", is(2)).body("revisionCount", is(2));
        given().get("/api/v1/indicators/" + code + "/observations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].value", is(43.4f)).body("items[0].revisionCount", is(2))
                .body("items[0].basis", is("final"));
        given().get("/api/v1/indicators/" + code + "/observations/2022/revisions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].value", is(43.4f)).body("items[0].previousValue", is(42.1f))
                .body("items[0].revisionReason", is("统计年鉴终核数")).body("items[0].recordedBy", is("stats-bureau"))
                .body("items[1].previousValue", nullValue());
        // progress moved: expected in 2022 is 42.8, 43.4 is ahead
        given().get("/api/v1/indicators/" + code + "/progress").then().statusCode(200)
                .body("status", is("on_track")).body("latest.year", is(2022)).body("latest.observed", is(43.4f))
                .body("trajectory", hasSize(6)).body("trajectory[2].expected", is(42.8f))
                .body("progressRatio", is(0.45f)).body("formula", containsString("expected(y)"));
        given().get("/api/v1/indicators/" + code).then().body("progress.status", is("on_track"))
                .body("progress.latestValue", is(43.4f)).header("ETag", not(etagBefore));
        given().header("If-None-Match", etagBefore).get("/api/v1/indicators/" + code).then().statusCode(200);
    }

    @Test
    void ofTwoEditorsRevisingFromTheSameETagOneWinsAndTheOtherIsTold() throws Exception {
        String code = "fyp14-09";
        record(code, EDITOR, "{\"year\":2023,\"value\":10}").then().statusCode(201).body("revision", is(1));
        String tag = etagOf(code, 2023);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> editors = new ArrayList<>();
        for (String value : List.of("11", "12")) {
            editors.add(pool.submit(() -> revise(code, TestTokens.bearer("editor-" + value, "plan-editor"), tag,
                    "{\"year\":2023,\"value\":" + value + ",\"revisionReason\":\"复核\"}")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : editors) {
            statuses.add(f.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 412);
        given().get("/api/v1/indicators/" + code + "/observations/2023/revisions").then().body("items", hasSize(2));
        // the loser reads again and revises what the winner recorded
        revise(code, EDITOR, etagOf(code, 2023), "{\"year\":2023,\"value\":13,\"revisionReason\":\"再复核\"}").then()
                .statusCode(201).body("revision", is(3));
    }

    @Test
    void aRevisionNamesTheRevisionItReplacesAndAFirstValueNeedsNone() {
        String code = "fyp14-12";
        record(code, EDITOR, "{\"year\":2022,\"value\":1}").then().statusCode(201);
        // the year has no value to match: a tag (or *) there says the client believes otherwise
        revise(code, EDITOR, etagOf(code, 2022), "{\"year\":2021,\"value\":1}").then().statusCode(412)
                .contentType("application/problem+json");
        revise(code, EDITOR, "*", "{\"year\":2021,\"value\":1}").then().statusCode(412);
        record(code, EDITOR, "{\"year\":2022,\"value\":2,\"revisionReason\":\"更正\"}").then().statusCode(428)
                .contentType("application/problem+json").body("status", is(428));
        String first = etagOf(code, 2022);
        String english = given().header("Accept-Language", "en").get("/api/v1/indicators/" + code + "/observations/2022")
                .header("ETag");
        String asOfLater = given().get("/api/v1/indicators/" + code + "/observations/2022?asOf=2999-01-01")
                .header("ETag");
        assertThat(asOfLater).isNotEqualTo(first);
        record(code, EDITOR, "{\"year\":2023,\"value\":1}").then().statusCode(201);
        // 2023 is at revision 1 too: only the resource part tells its tag from 2022's
        for (String foreign : List.of(etagOf(code, 2023), given().get("/api/v1/indicators/" + code).header("ETag"),
                "\"v1\"", "\"v1-deadbeef\"", "W/" + first)) {
            revise(code, EDITOR, foreign, "{\"year\":2022,\"value\":2,\"revisionReason\":\"更正\"}").then().statusCode(412);
        }
        revise(code, EDITOR, asOfLater, "{\"year\":2022,\"value\":2,\"revisionReason\":\"更正\"}").then().statusCode(201)
                .body("revision", is(2));
        revise(code, EDITOR, english, "{\"year\":2022,\"value\":3,\"revisionReason\":\"更正\"}").then().statusCode(412)
                .body("detail", containsString("changed since you read it"));
        given().get("/api/v1/indicators/" + code + "/observations/2022").then().header("ETag", not(first));
        given().header("If-None-Match", first).get("/api/v1/indicators/" + code + "/observations/2022").then()
                .statusCode(200);
        revise(code, EDITOR, "*", "{\"year\":2022,\"value\":3,\"revisionReason\":\"更正\"}").then().statusCode(201)
                .body("revision", is(3));
        given().get("/api/v1/indicators/" + code + "/observations/2022/revisions").then().body("items", hasSize(3));
    }

    @Test
    void aReplayedRevisionGetsTheFirstAnswerThoughItsIfMatchIsNowStale() {
        String code = "fyp14-11";
        record(code, EDITOR, "{\"year\":2021,\"value\":7}").then().statusCode(201);
        String tag = etagOf(code, 2021);
        String json = withProvenance("{\"year\":2021,\"value\":8,\"revisionReason\":\"终核\"}");
        Response first = given().contentType("application/json").header("Authorization", EDITOR).header("If-Match", tag)
                .header("Idempotency-Key", "revise-2021-a").body(json).post("/api/v1/indicators/" + code + "/observations");
        first.then().statusCode(201).body("revision", is(2));
        Response replay = given().contentType("application/json").header("Authorization", EDITOR).header("If-Match", tag)
                .header("Idempotency-Key", "revise-2021-a").body(json).post("/api/v1/indicators/" + code + "/observations");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(first.asString());
        given().get("/api/v1/indicators/" + code + "/observations/2021/revisions").then().body("items", hasSize(2));
    }

    @Test
    void asOfAnswersWhatWasPublishedThen() {
        String code = "fyp14-06";
        record(code, EDITOR, "{\"year\":2021,\"value\":27.1}").then().statusCode(201);
        String yesterday = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1).toString();
        given().get("/api/v1/indicators/" + code + "/observations?asOf=" + yesterday).then().statusCode(200)
                .body("items", empty());
        given().get("/api/v1/indicators/" + code + "/observations/2021?asOf=" + yesterday).then().statusCode(404);
        given().get("/api/v1/indicators/" + code + "/observations?asOf=2999-01-01").then().statusCode(200)
                .body("items[0].value", is(27.1f));
        given().get("/api/v1/indicators/" + code + "/observations/2021").then().statusCode(200)
                .body("value", is(27.1f));
        given().get("/api/v1/indicators/" + code + "/observations?asOf=soon").then().statusCode(400)
                .body("errors[0].field", is("asOf"));
    }

    @Test
    void bindingIndicatorFallingBehindIsABreachRisk() {
        // 专栏2 row 24: 亿元地区生产总值安全事故死亡率 0.028 -> 0.025, binding, lower is better
        record("fyp14-24", EDITOR, "{\"year\":2023,\"value\":0.031}").then().statusCode(201);
        given().get("/api/v1/indicators/fyp14-24/progress").then().statusCode(200)
                .body("status", is("off_track")).body("breachRisk", is(true)).body("direction", is("decrease"));
        given().get("/api/v1/indicators?status=off_track&attribute=binding").then()
                .body("items.code", hasItem("fyp14-24"));
    }

    @Test
    void badInputIs400NamingTheFieldAndChangesNothing() {
        String code = "fyp14-17";
        String before = given().get("/api/v1/indicators/" + code).header("ETag");
        record(code, EDITOR, "{\"year\":2020,\"value\":30}").then().statusCode(400).body("errors[0].field", is("year"));
        record(code, EDITOR, "{\"year\":2026,\"value\":30}").then().statusCode(400).body("errors[0].field", is("year"));
        record(code, EDITOR, "{\"year\":2023,\"value\":\"thirty\"}").then().statusCode(400)
                .body("errors[0].field", is("value"));
        record(code, EDITOR, "{\"year\":2023,\"value\":NaN}").then().statusCode(400).contentType("application/problem+json");
        record(code, EDITOR, "{\"year\":2023,\"value\":1e400}").then().statusCode(400);
        record(code, EDITOR, "{\"year\":2023,\"value\":123456789012345678}").then().statusCode(400)
                .body("errors[0].field", is("value"));
        record(code, EDITOR, "{\"year\":2023}").then().statusCode(400).body("errors[0].field", is("value"));
        record(code, EDITOR, "{\"year\":2023.5,\"value\":3}").then().statusCode(400).body("errors[0].field", is("year"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3,\"basis\":\"guess\"}").then().statusCode(400)
                .body("errors[0].field", is("basis"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3,\"note\":\"" + "x".repeat(2001) + "\"}").then().statusCode(400)
                .body("errors[0].field", is("note"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3,\"source\":{\"title\":\"" + "源".repeat(501)
                + "\",\"publisher\":\"p\",\"url\":\"https://example.org\",\"phrase\":\"3\"}}").then().statusCode(400)
                .body("errors[0].field", is("source.title"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3,\"extra\":1}").then().statusCode(400)
                .body("errors[0].field", is("extra"));
        record(code, EDITOR, "[1,2]").then().statusCode(400).contentType("application/problem+json");
        record(code, EDITOR, "not json").then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("jackson")));
        given().get("/api/v1/indicators/" + code + "/observations/abc").then().statusCode(400)
                .body("errors[0].field", is("year"));
        given().get("/api/v1/indicators/" + code + "/observations/2019/revisions").then().statusCode(400);
        record("fyp14-99", EDITOR, "{\"year\":2023,\"value\":3}").then().statusCode(404);
        // NUL would make PostgreSQL fail: refused before it gets there
        record(code, EDITOR, "{\"year\":2023,\"value\":3,\"note\":\"a\\u0000b\"}").then().statusCode(400)
                .body("errors[0].field", is("note"));
        given().urlEncodingEnabled(false).get("/api/v1/indicators/%00").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/indicators?cursor=YzEfAA").then().statusCode(400);
        record("fyp13-08", EDITOR, "{\"year\":2023,\"value\":3}").then().statusCode(409).body("rule", is("fyp13-closed"));
        given().get("/api/v1/indicators/fyp13-08/progress").then().statusCode(404);
        given().get("/api/v1/indicators/fyp14-99/observations").then().statusCode(404);
        given().get("/api/v1/indicators/" + code + "/observations/2024").then().statusCode(404);
        assertThat(given().get("/api/v1/indicators/" + code).header("ETag")).isEqualTo(before);
        given().get("/api/v1/indicators/" + code + "/observations").then().body("items", empty());
    }

    @Test
    void writesNeedPlanEditor() {
        String json = "{\"year\":2023,\"value\":3}";
        record("fyp14-16", null, json).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        record("fyp14-16", TestTokens.expired("plan-editor"), json).then().statusCode(401);
        record("fyp14-16", TestTokens.foreign("plan-editor"), json).then().statusCode(401);
        record("fyp14-16", TestTokens.issuedInTheFuture("plan-editor"), json).then().statusCode(401)
                .contentType("application/problem+json");
        record("fyp14-16", TestTokens.longLived("plan-editor"), json).then().statusCode(401)
                .contentType("application/problem+json");
        record("fyp14-16", TestTokens.bearer("project-reporter"), json).then().statusCode(403)
                .contentType("application/problem+json");
        record("fyp14-16", TestTokens.bearer("plan-admin"), json).then().statusCode(201);
    }

    @Test
    void idempotentCreatesUnderConcurrency() throws Exception {
        String json = withProvenance("{\"year\":2024,\"value\":5.2}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(() -> given().contentType("application/json").header("Authorization", EDITOR)
                    .header("Idempotency-Key", "obs-2024-a").body(json).post("/api/v1/indicators/fyp14-15/observations")));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<Response> f : futures) {
            Response r = f.get();
            assertThat(r.statusCode()).isEqualTo(201);
            bodies.add(r.asString());
        }
        pool.shutdown();
        assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
        given().get("/api/v1/indicators/fyp14-15/observations/2024/revisions").then().body("items", hasSize(1));
        given().contentType("application/json").header("Authorization", EDITOR).header("Idempotency-Key", "obs-2024-a")
                .body(withProvenance("{\"year\":2024,\"value\":5.3}")).post("/api/v1/indicators/fyp14-15/observations").then()
                .statusCode(422).body("status", is(422));
        given().contentType("application/json").header("Authorization", EDITOR).header("Idempotency-Key", "bad key ✓")
                .body(json).post("/api/v1/indicators/fyp14-15/observations").then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void everyNewValueNamesItsSourceAndA400NamesWhatIsMissing() {
        String code = "fyp14-04";
        recordAsIs(code, EDITOR, "{\"year\":2023,\"value\":3.2}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("basis", "comparable", "source"));
        String source = "\"source\":{\"title\":\"2023年统计公报\",\"publisher\":\"区统计局\",\"url\":\"%s\",\"phrase\":\"3.2%%\"%s}";
        recordAsIs(code, EDITOR, "{\"year\":2023,\"value\":3.2,\"basis\":\"final\",\"comparable\":true,\"source\":{\"title\":\"t\"}}")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("source.publisher", "source.url", "source.phrase"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3.2," + source.formatted("ftp://example.org/gb", "") + "}").then()
                .statusCode(400).body("errors[0].field", is("source.url"));
        String tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
        record(code, EDITOR, "{\"year\":2023,\"value\":3.2,"
                + source.formatted("https://example.org/gb", ",\"publishedOn\":\"" + tomorrow + "\"") + "}").then()
                .statusCode(400).body("errors[0].field", is("source.publishedOn"));
        record(code, EDITOR, "{\"year\":2023,\"value\":3.2,\"comparable\":false}").then().statusCode(400)
                .body("errors[0].field", is("note"));
        given().get("/api/v1/indicators/" + code + "/observations").then().body("items", empty());
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        record(code, EDITOR, "{\"year\":2023,\"value\":3.2,\"basis\":\"final\","
                + source.formatted("https://example.org/gb", ",\"publishedOn\":\"" + today + "\"") + "}").then()
                .statusCode(201).body("basis", is("final")).body("comparable", is(true))
                .body("source.publisher", is("区统计局")).body("source.publishedOn", is(today))
                .body("source.phrase", is("3.2%")).body("learnedAt", notNullValue());
    }

    @Test
    void aValueThatIsNotComparableIsServedButNeverCountsInProgress() {
        // 专栏2 row 5: 数字经济增加值占比 30 -> 35 %, a level
        String code = "fyp14-05";
        record(code, EDITOR, "{\"year\":2022,\"value\":40,\"comparable\":false,\"note\":\"全市数据,非区数据\"}").then()
                .statusCode(201).body("comparable", is(false));
        given().get("/api/v1/indicators/" + code + "/observations").then().body("items", hasSize(1))
                .body("items[0].value", is(40)).body("items[0].comparable", is(false));
        given().get("/api/v1/indicators/" + code + "/progress").then().statusCode(200).body("status", is("no_data"))
                .body("latest", nullValue());
        record(code, EDITOR, "{\"year\":2021,\"value\":31}").then().statusCode(201);
        given().get("/api/v1/indicators/" + code + "/progress").then().body("latest.year", is(2021))
                .body("latest.observed", is(31.0f));
        // a comparable year revised into one that is not keeps counting with its last comparable value
        revise(code, EDITOR, etagOf(code, 2021), "{\"year\":2021,\"value\":50,\"comparable\":false,"
                + "\"note\":\"现价\",\"revisionReason\":\"改用现价口径\"}").then().statusCode(201);
        given().get("/api/v1/indicators/" + code + "/progress").then().body("latest.year", is(2021))
                .body("latest.observed", is(31.0f));
        given().get("/api/v1/indicators/" + code + "/observations/2021").then().body("value", is(50));
    }
}
