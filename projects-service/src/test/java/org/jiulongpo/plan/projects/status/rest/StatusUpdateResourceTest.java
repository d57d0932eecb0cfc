package org.jiulongpo.plan.projects.status.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jiulongpo.plan.suite.testing.TestTokens;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

@QuarkusTest
public class StatusUpdateResourceTest {

    // relative to the management interface's root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    public static final String REPORTER = TestTokens.bearer("reporter-1", "project-reporter");
    public static final String ADMIN = TestTokens.bearer("admin-1", "plan-admin");

    public static String etag(String code) {
        return given().get("/api/v1/projects/" + code).then().statusCode(200).extract().header("ETag");
    }

    /** The provenance every report must carry: a source and its basis. */
    public static final String PROVENANCE = "\"source\":{\"title\":\"测试来源\",\"publisher\":\"九龙坡区测试局\","
            + "\"publishedOn\":\"2025-12-01\",\"url\":\"https://example.gov.cn/notice/1\",\"phrase\":\"正在建设\"},"
            + "\"basis\":\"final\"";

    public static String body(String status, int progress) {
        return body(status, progress, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1));
    }

    public static String body(String status, int progress, OffsetDateTime reportedAt) {
        return "{\"status\":\"" + status + "\",\"progressPercent\":" + progress
                + ",\"note\":\"测试\",\"reportedAt\":\"" + reportedAt + "\"," + PROVENANCE + "}";
    }

    public static Response post(String code, String token, String ifMatch, String json) {
        var r = given().contentType("application/json").body(json);
        if (token != null) {
            r.header("Authorization", token);
        }
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return r.post("/api/v1/projects/" + code + "/status-updates");
    }

    @Test
    void reportUpdatesTheProjectAndAppendsHistory() {
        String code = "transport-metro-line-19";
        Response created = post(code, REPORTER, etag(code), body("under_construction", 12));
        created.then().statusCode(201).header("Location", startsWith("/api/v1/projects/" + code + "/status-updates/"))
                .body("status", is("under_construction")).body("progressPercent", is(12))
                .body("recordedBy", is("reporter-1")).body("projectEtag", startsWith("\"v"));
        String projectEtag = created.path("projectEtag");
        // projectEtag is the plain representation's tag (a compressed answer's has its coding appended):
        // without content decoders rest-assured asks for no compression
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/api/v1/projects/" + code).then().statusCode(200)
                .header("ETag", projectEtag)
                .body("status", is("under_construction")).body("progressPercent", is(12))
                .body("lastReportedAt", notNullValue());
        // chaining with the projectEtag of the previous answer works without a GET in between
        post(code, REPORTER, projectEtag, body("under_construction", 20)).then().statusCode(201)
                .body("previousProgressPercent", is(12));
        given().get("/api/v1/projects/" + code + "/status-updates").then().statusCode(200)
                .body("items[0].progressPercent", is(20)).body("items[1].progressPercent", is(12));
        String location = created.header("Location");
        given().get(location).then().statusCode(200).body("progressPercent", is(12));
        given().get("/api/v1/projects/status-updates?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue());
        given().get("/api/v1/projects/status-updates?limit=500").then().statusCode(200)
                .body("items.projectCode", hasItem(code));
    }

    @Test
    void aFirstReportFollowsNotReportedAndMaySayNotStartedExplicitly() {
        String code = "transport-bridge-tunnel-tuwan-bridge";
        given().get("/api/v1/projects/" + code).then().statusCode(200)
                .body("status", is("not_reported")).body("progressPercent", nullValue());
        post(code, REPORTER, etag(code), body("not_started", 0)).then().statusCode(201)
                .body("status", is("not_started")).body("progressPercent", is(0))
                .body("previousStatus", is("not_reported")).body("$", not(hasKey("previousProgressPercent")));
        given().get("/api/v1/projects/" + code).then().statusCode(200)
                .body("status", is("not_started")).body("progressPercent", is(0));
        given().get("/api/v1/projects?status=not_started&limit=500").then().statusCode(200)
                .body("items.code", hasItem(code));
        given().get("/api/v1/projects?status=not_reported&limit=500").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        // a report cannot claim that nothing was reported
        post(code, REPORTER, etag(code), body("not_reported", 0)).then().statusCode(400)
                .body("errors[0].field", is("status"));
    }

    @Test
    void missingIfMatchIs428AndStaleIs412() {
        String code = "transport-metro-line-24";
        String stale = etag(code);
        post(code, REPORTER, null, body("preliminary_work", 0)).then().statusCode(428)
                .contentType("application/problem+json").body("status", is(428));
        post(code, REPORTER, stale, body("preliminary_work", 0)).then().statusCode(201);
        post(code, REPORTER, stale, body("preliminary_work", 5)).then().statusCode(412)
                .contentType("application/problem+json").body("status", is(412));
        post(code, REPORTER, "W/" + etag(code), body("preliminary_work", 5)).then().statusCode(412);
    }

    @Test
    void twoReportersRacingWithOneEtagGetOneSuccessAndOne412() throws Exception {
        String code = "transport-metro-line-27";
        for (int round = 0; round < 5; round++) {
            String tag = etag(code);
            int progress = 10 + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> task = () -> {
                    start.await();
                    return post(code, REPORTER, tag, body("under_construction", progress)).statusCode();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(201, 412);
        }
        given().get("/api/v1/projects/" + code + "/status-updates?limit=500").then().body("items", hasSize(5));
    }

    @Test
    void ifMatchPassesOnlyATagIssuedForThisProjectAtItsVersion() {
        String a = "education-basic-gonghe-primary-expansion";
        String b = "education-basic-liudian-school";
        String tagOfA = etag(a);
        // both are at version 0: a check of the version alone let these through
        post(b, REPORTER, tagOfA, body("under_construction", 10)).then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("not issued for this resource"));
        post(b, REPORTER, "\"v0\"", body("under_construction", 10)).then().statusCode(412);
        post(b, REPORTER, "\"v1-deadbeef\"", body("under_construction", 10)).then().statusCode(412);
        post(b, REPORTER, "\"v0-deadbeef\"", body("under_construction", 10)).then().statusCode(412);
        given().get("/api/v1/projects/" + b + "/status-updates").then().body("items", empty());
        // any representation's tag of the current version names the same project
        String english = given().header("Accept-Language", "en").get("/api/v1/projects/" + b).header("ETag");
        String projected = given().get("/api/v1/projects/" + b + "?fields=code,status").header("ETag");
        assertThat(english).isNotEqualTo(projected).isNotEqualTo(etag(b));
        post(b, REPORTER, english, body("under_construction", 10)).then().statusCode(201);
        post(b, REPORTER, projected, body("under_construction", 20)).then().statusCode(412)
                .body("detail", containsString("changed since you read it"));
        post(b, REPORTER, given().get("/api/v1/projects/" + b + "?fields=code").header("ETag"),
                body("under_construction", 20)).then().statusCode(201);
    }

    @Test
    void ifMatchStarWritesWhateverTheCurrentStateIs() {
        // RFC 9110 13.1.1: * is true when the resource exists; the client gives up lost-update protection
        String code = "education-basic-chenjiaping-primary-expansion";
        post(code, REPORTER, "*", body("under_construction", 15)).then().statusCode(201);
        post(code, REPORTER, "*", body("under_construction", 25)).then().statusCode(201)
                .body("previousProgressPercent", is(15));
        post("education-basic-no-such-school", REPORTER, "*", body("under_construction", 25)).then().statusCode(404);
    }

    @Test
    void idempotentReplayCreatesOneHistoryEntry() {
        String code = "transport-metro-line-12";
        String tag = etag(code);
        String json = body("preliminary_work", 0, OffsetDateTime.parse("2026-01-05T09:00:00+08:00"));
        Response first = given().contentType("application/json").header("Authorization", REPORTER)
                .header("If-Match", tag).header("Idempotency-Key", "replay-1").body(json)
                .post("/api/v1/projects/" + code + "/status-updates");
        first.then().statusCode(201);
        // the retry carries the same (now stale) If-Match: it still gets the first answer, not 412
        Response replay = given().contentType("application/json").header("Authorization", REPORTER)
                .header("If-Match", tag).header("Idempotency-Key", "replay-1").body(json)
                .post("/api/v1/projects/" + code + "/status-updates");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat(replay.asString()).isEqualTo(first.asString());
        given().get("/api/v1/projects/" + code + "/status-updates").then().body("items", hasSize(1));
        given().contentType("application/json").header("Authorization", REPORTER).header("If-Match", etag(code))
                .header("Idempotency-Key", "replay-1").body(body("preliminary_work", 3))
                .post("/api/v1/projects/" + code + "/status-updates").then().statusCode(422)
                .contentType("application/problem+json").body("status", is(422));
    }

    /** A report with its status and date, and the provenance given (no PROVENANCE added). */
    static String withProvenance(String provenance) {
        return "{\"status\":\"under_construction\",\"progressPercent\":5,\"reportedAt\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1) + "\"" + provenance + "}";
    }

    static String source(String publishedOn, String url) {
        return ",\"source\":{\"title\":\"白市驿隧道动工了\",\"publisher\":\"重庆市人民政府网\","
                + (publishedOn == null ? "" : "\"publishedOn\":\"" + publishedOn + "\",")
                + "\"url\":\"" + url + "\",\"phrase\":\"白市驿隧道已经动工\"}";
    }

    @Test
    void everyNewReportNamesItsSourceAndBasis() {
        String code = "transport-bridge-tunnel-zhiping-yangtze-bridge";
        String tag = etag(code);
        String url = "https://www.cq.gov.cn/notice/1";
        post(code, REPORTER, tag, withProvenance(",\"basis\":\"final\"")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("source"));
        post(code, REPORTER, tag, withProvenance(source("2022-04-11", url))).then().statusCode(400)
                .body("errors.field", contains("basis"));
        post(code, REPORTER, tag, withProvenance(source("2022-04-11", url) + ",\"basis\":\"estimated\"")).then()
                .statusCode(400).body("errors.field", contains("basis"));
        post(code, REPORTER, tag, withProvenance(source("2022-04-11", "ftp://www.cq.gov.cn/1") + ",\"basis\":\"final\""))
                .then().statusCode(400).body("errors.field", contains("source.url"));
        post(code, REPORTER, tag, withProvenance(",\"source\":{\"publisher\":\"重庆市人民政府网\",\"url\":\"" + url
                + "\"},\"basis\":\"final\"")).then().statusCode(400)
                .body("errors.field", contains("source.phrase", "source.title"));
        String tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(14)).plusDays(1).toLocalDate().toString();
        post(code, REPORTER, tag, withProvenance(source(tomorrow, url) + ",\"basis\":\"final\"")).then()
                .statusCode(400).body("errors.field", contains("source.publishedOn"));
        assertThat(etag(code)).isEqualTo(tag);

        // a page that prints no date of its own is still a source
        Response created = post(code, REPORTER, tag, withProvenance(source(null, url) + ",\"basis\":\"provisional\","
                + "\"revisionReason\":\"首次报告\""));
        created.then().statusCode(201).body("source.title", is("白市驿隧道动工了"))
                .body("source.publisher", is("重庆市人民政府网")).body("source.url", is(url))
                .body("source.phrase", is("白市驿隧道已经动工")).body("source", not(hasKey("publishedOn")))
                .body("basis", is("provisional")).body("revisionReason", is("首次报告")).body("comparable", is(true));
        assertThat(created.<String>path("learnedAt")).isEqualTo(created.path("recordedAt"));
        given().get(created.header("Location")).then().statusCode(200).body("source.url", is(url))
                .body("basis", is("provisional"));
    }

    @Test
    void aReportThatIsNotComparableSaysWhyAndLeavesTheProjectsStatus() {
        String code = "transport-bridge-tunnel-tongguanyi-yangtze-bridge";
        String sourced = source("2024-09-29", "https://cq.xinhuanet.com/1") + ",\"basis\":\"final\",\"comparable\":false";
        post(code, REPORTER, etag(code), withProvenance(sourced)).then().statusCode(400)
                .body("errors.field", contains("note"));
        String json = "{\"status\":\"completed\",\"progressPercent\":100,\"note\":\"来源只说了其中一段\",\"reportedAt\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1) + "\"" + sourced + "}";
        String before = etag(code);
        post(code, REPORTER, before, json).then().statusCode(201).body("comparable", is(false))
                .body("status", is("completed"));
        // kept in the history, and the history's tag moves; the project's status and progress do not
        assertThat(etag(code)).isNotEqualTo(before);
        given().get("/api/v1/projects/" + code).then().statusCode(200).body("status", is("not_reported"))
                .body("progressPercent", nullValue());
        given().get("/api/v1/projects/" + code + "/status-updates").then().statusCode(200)
                .body("items[0].comparable", is(false)).body("items[0].note", is("来源只说了其中一段"));
    }

    @Test
    void impossibleTransitionsAre409NamingTheRule() {
        String code = "transport-metro-line-21";
        post(code, REPORTER, etag(code), body("completed", 90)).then().statusCode(409)
                .contentType("application/problem+json").body("rule", is("completed-needs-100-percent"));
        post(code, REPORTER, etag(code), body("not_started", 10)).then().statusCode(409)
                .body("rule", is("not-started-has-no-progress"));
        post(code, REPORTER, etag(code), body("completed", 100)).then().statusCode(201);
        post(code, REPORTER, etag(code), body("under_construction", 100)).then().statusCode(409)
                .body("rule", is("reopen-needs-admin"));
        post(code, ADMIN, etag(code), body("under_construction", 95)).then().statusCode(201);
        post(code, REPORTER, etag(code), body("under_construction", 90)).then().statusCode(409)
                .body("rule", is("progress-decrease-needs-admin"));
        post(code, REPORTER, etag(code), body("under_construction", 96, OffsetDateTime.parse("2022-01-01T00:00:00+08:00")))
                .then().statusCode(409).body("rule", is("stale-report"));
    }

    @Test
    void badBodiesAre400NamingTheFieldAndChangeNothing() {
        String code = "transport-metro-line-26";
        String tag = etag(code);
        post(code, REPORTER, tag, body("finished", 10)).then().statusCode(400).body("errors[0].field", is("status"));
        post(code, REPORTER, tag, body("under_construction", 101)).then().statusCode(400)
                .body("errors[0].field", is("progressPercent"));
        post(code, REPORTER, tag, body("under_construction", -1)).then().statusCode(400)
                .body("errors[0].field", is("progressPercent"));
        post(code, REPORTER, tag, "{" + PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":5,\"reportedAt\":\"last tuesday\"}")
                .then().statusCode(400).body("errors[0].field", is("reportedAt"));
        post(code, REPORTER, tag, body("under_construction", 5, OffsetDateTime.now().plusDays(2))).then()
                .statusCode(400).body("errors[0].field", is("reportedAt"));
        post(code, REPORTER, tag, "{" + PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":5,\"reportedAt\":\"2026-01-01T00:00:00+08:00\",\"note\":\""
                + "长".repeat(2001) + "\"}").then().statusCode(400).body("errors[0].field", is("note"));
        post(code, REPORTER, tag, "{" + PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":5,\"reportedAt\":\"2026-01-01T00:00:00+08:00\",\"evidenceUrl\":\"javascript:alert(1)\"}")
                .then().statusCode(400).body("errors[0].field", is("evidenceUrl"));
        post(code, REPORTER, tag, "{" + PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":\"lots\",\"reportedAt\":\"2026-01-01T00:00:00+08:00\"}")
                .then().statusCode(400).body("errors[0].field", is("progressPercent"));
        post(code, REPORTER, tag, "{" + PROVENANCE + ",\"status\":\"under_construction\",\"progressPercent\":5,\"reportedAt\":\"2026-01-01T00:00:00+08:00\",\"admin\":true}")
                .then().statusCode(400).body("errors[0].field", is("admin"));
        post(code, REPORTER, tag, "{\"status\":").then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400));
        post(code, REPORTER, tag, "").then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").header("Authorization", REPORTER).header("If-Match", tag).body("hello")
                .post("/api/v1/projects/" + code + "/status-updates").then().statusCode(415)
                .contentType("application/problem+json");
        post("no-such-project", REPORTER, tag, body("under_construction", 5)).then().statusCode(404);
        assertThat(etag(code)).isEqualTo(tag);
        given().get("/api/v1/projects/" + code + "/status-updates").then().body("items", empty());
    }

    @Test
    void aNumberSentAsAStringAndALoneSurrogateAre400NamingTheField() {
        String code = "transport-metro-line-18";
        String tag = etag(code);
        String reportedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).toString();
        String head = "{" + PROVENANCE + ",\"status\":\"under_construction\",\"reportedAt\":\"" + reportedAt + "\",";
        post(code, REPORTER, tag, head + "\"progressPercent\":\"80\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("progressPercent")).body("errors[0].message", is("must be an integer"));
        // "\ud800" alone is no character: stored as UTF-8 it would silently become "?"
        post(code, REPORTER, tag, head + "\"progressPercent\":80,\"note\":\"a\\ud800b\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("note")).body("errors[0].message", containsString("surrogate"));
        assertThat(etag(code)).isEqualTo(tag);
        // a surrogate pair is one character and stays accepted
        post(code, REPORTER, tag, head + "\"progressPercent\":80,\"note\":\"\\ud83d\\ude00\"}")
                .then().statusCode(201).body("note", is("\uD83D\uDE00"));
    }

    @Test
    void metricsCountOutcomesAndTheAnswerNamesItsTrace() {
        String code = "transport-expressway-jianglu-north-line";
        String tag = etag(code);
        post(code, REPORTER, tag, body("under_construction", 10)).then().statusCode(201);
        post(code, REPORTER, tag, body("under_construction", 20)).then().statusCode(412);
        post(code, REPORTER, etag(code), body("completed", 50)).then().statusCode(409);
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("plan_status_updates_total{outcome=\"accepted\"}")
                .contains("plan_status_updates_total{outcome=\"precondition_failed\"}")
                .contains("plan_status_updates_total{outcome=\"conflict\"}")
                .contains("agroal_active_count").contains("http_server_requests_seconds_count");
        given().header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00")
                .get("/api/v1/projects/stats").then().statusCode(200)
                .header("traceresponse", startsWith("00-0af7651916cd43dd8448eb211c80319c-"));
    }

    @Test
    void writesNeedTheRightRole() {
        String code = "transport-rail-yukun-hsr";
        String tag = etag(code);
        post(code, null, tag, body("under_construction", 5)).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        post(code, TestTokens.expired("project-reporter"), tag, body("under_construction", 5)).then().statusCode(401);
        post(code, TestTokens.foreign("project-reporter"), tag, body("under_construction", 5)).then().statusCode(401);
        post(code, TestTokens.issuedInTheFuture("project-reporter"), tag, body("under_construction", 5)).then()
                .statusCode(401).contentType("application/problem+json");
        post(code, TestTokens.longLived("project-reporter"), tag, body("under_construction", 5)).then()
                .statusCode(401).contentType("application/problem+json");
        post(code, "Bearer not.a.jwt", tag, body("under_construction", 5)).then().statusCode(401);
        post(code, TestTokens.bearer("plan-editor"), tag, body("under_construction", 5)).then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
        assertThat(etag(code)).isEqualTo(tag);
    }
}
