package org.jiulongpo.plan.projects.status.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
public class StatusBatchResourceTest {

    static final String BULK = "/api/v1/projects/status-updates/bulk";
    /** rest-assured sends text/* as ISO-8859-1 unless told: the CSV is UTF-8. */
    static final String CSV = "text/csv; charset=UTF-8";
    static final String REPORTER = TestTokens.bearer("bulk-reporter", "project-reporter");
    static final String ADMIN = TestTokens.bearer("bulk-admin", "plan-admin");
    static final String CHANGANSI = "energy-grid-changansi-220kv-substation";
    static final String LAODONGCUN = "energy-grid-laodongcun-110kv-transmission-substation";
    static final String XIEJIAWAN = "energy-grid-xiejiawan-220kv-substation-110kv-outgoing-lines";
    static final String CHENJIAPING = "energy-grid-chenjiaping-110kv-main-transformer-capacity-increase";
    static final String HUANGJUEPING = "energy-grid-huangjueping-110kv-transmission-substation-phase-1";
    static final String TANZIKOU = "energy-grid-tanzikou-220kv-transmission-substation";
    static final String XINLONG = "energy-grid-xinlong-110kv-transmission-substation-phase-1";
    static final String XIPENG = "energy-gas-xipeng-gas-storage-peak-shaving";

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static String row(String code, String status, String progress, String reportedAt, String url) {
        return "{\"projectCode\":\"" + code + "\",\"status\":\"" + status + "\",\"progressPercent\":" + progress
                + ",\"reportedAt\":\"" + reportedAt + "\",\"basis\":\"final\",\"source\":{\"title\":\"变电站投运\","
                + "\"publisher\":\"国网重庆市电力公司\",\"publishedOn\":\"2024-06-30\",\"url\":\"" + url
                + "\",\"phrase\":\"正式投运\"}}";
    }

    static String batch(String... rows) {
        return "{\"items\":[" + String.join(",", rows) + "]}";
    }

    static Response submit(String token, String contentType, String body, String query) {
        var r = given().contentType(contentType).body(body);
        if (token != null) {
            r.header("Authorization", token);
        }
        return r.post(BULK + query);
    }

    static Response history(String code) {
        return given().get("/api/v1/projects/" + code + "/status-updates");
    }

    @Test
    void everyRowsErrorsComeInOneAnswerAndNothingIsWritten() {
        String future = OffsetDateTime.now().plusDays(3).toLocalDate().toString();
        String body = batch(
                row(CHANGANSI, "under_construction", "10", "2024-07-01T09:00:00+08:00", "https://example.gov.cn/1"),
                row("energy-grid-no-such-substation", "under_construction", "10", "2024-07-01T09:00:00+08:00", "https://example.gov.cn/2"),
                row(LAODONGCUN, "under_construction", "10", "2024-07-01T09:00:00+08:00", "ftp://example.gov.cn/3"),
                row(CHANGANSI, "under_construction", "20", "2024-07-01T09:00:00+08:00", "https://example.gov.cn/4"),
                row(LAODONGCUN, "under_construction", "10", "2024-07-02T09:00:00+08:00", "https://example.gov.cn/5")
                        .replace("2024-06-30", future),
                row(LAODONGCUN, "completed", "50", "2024-07-03T09:00:00+08:00", "https://example.gov.cn/6"),
                row(LAODONGCUN, "under_construction", "\"lots\"", "2024-07-04T09:00:00+08:00", "https://example.gov.cn/7"),
                "{\"projectCode\":\"" + LAODONGCUN + "\",\"status\":\"under_construction\",\"progressPercent\":5,"
                        + "\"reportedAt\":\"2024-07-05T09:00:00+08:00\"}");
        submit(REPORTER, "application/json", body, "").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rows[2].projectCode", "rows[3].source.url", "rows[4].reportedAt",
                        "rows[5].source.publishedOn", "rows[6].status", "rows[7].progressPercent", "rows[8].basis",
                        "rows[8].source"))
                .body("errors[4].message", startsWith("completed-needs-100-percent"));
        history(CHANGANSI).then().statusCode(200).body("items", empty());
        history(LAODONGCUN).then().statusCode(200).body("items", empty());
        given().get("/api/v1/projects/" + CHANGANSI).then().body("status", is("not_reported"));
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndASecondSubmissionChangesNothing() {
        String body = batch(
                row(XIEJIAWAN, "under_construction", "30", "2024-03-01T09:00:00+08:00", "https://example.gov.cn/a"),
                row(XIEJIAWAN, "completed", "100", "2024-09-01T09:00:00+08:00", "https://example.gov.cn/b"));
        submit(REPORTER, "application/json", body, "?dryRun=true").then().statusCode(200)
                .body("dryRun", is(true)).body("created", is(2)).body("unchanged", is(0))
                .body("items.outcome", contains("new", "new")).body("items[0]", not(hasKey("statusUpdateId")));
        history(XIEJIAWAN).then().body("items", empty());
        given().get("/api/v1/projects/" + XIEJIAWAN).then().body("status", is("not_reported"));

        Response written = submit(REPORTER, "application/json", body, "");
        written.then().statusCode(200).body("dryRun", is(false)).body("created", is(2))
                .body("items.row", contains(1, 2)).body("items.statusUpdateId", everyItem(notNullValue()));
        given().get("/api/v1/projects/" + XIEJIAWAN).then().body("status", is("completed"))
                .body("progressPercent", is(100));
        history(XIEJIAWAN).then().body("items", hasSize(2)).body("items[0].source.url", is("https://example.gov.cn/b"))
                .body("items[0].recordedBy", is("bulk-reporter"));

        // the same rows again: each equals a recorded report, so none is recorded twice and no rule is asked
        submit(REPORTER, "application/json", body, "?dryRun=true").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(2)).body("items.outcome", contains("unchanged", "unchanged"))
                .body("items.statusUpdateId", is(written.<List<Integer>>path("items.statusUpdateId")));
        submit(REPORTER, "application/json", body, "").then().statusCode(200).body("unchanged", is(2));
        history(XIEJIAWAN).then().body("items", hasSize(2));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String body = batch(row(CHENJIAPING, "preliminary_work", "0", "2023-05-01T09:00:00+08:00", "https://example.gov.cn/c"));
        Response first = given().contentType("application/json").header("Authorization", REPORTER)
                .header("Idempotency-Key", "bulk-replay-1").body(body).post(BULK);
        first.then().statusCode(200).body("created", is(1));
        Response replay = given().contentType("application/json").header("Authorization", REPORTER)
                .header("Idempotency-Key", "bulk-replay-1").body(body).post(BULK);
        // without the key this body would now be unchanged; the replay is the first answer
        replay.then().statusCode(200).header("Idempotent-Replayed", "true").body("created", is(1));
        assertThat(replay.asString()).isEqualTo(first.asString());
        history(CHENJIAPING).then().body("items", hasSize(1));
        given().contentType("application/json").header("Authorization", REPORTER).header("Idempotency-Key", "bulk-replay-1")
                .body(batch(row(CHENJIAPING, "preliminary_work", "5", "2023-06-01T09:00:00+08:00", "https://example.gov.cn/c")))
                .post(BULK).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aCsvUploadTakesTheExportsColumns() {
        String csv = "\uFEFFprojectCode,status,progressPercent,note,reportedAt,source.title,source.publisher,"
                + "source.publishedOn,source.url,source.phrase,basis,comparable,recordedBy\r\n"
                + HUANGJUEPING + ",under_construction,40,\"主体施工,约四成\",2024-09-29,\"标题 \"\"一期\"\"\",九龙融媒,2024-09-29,"
                + "https://jiulongpo.example.cn/1,\"正在建设\",final,true,ignored\r\n"
                + TANZIKOU + ",preliminary_work,0,,2024-10-08T10:00:00+08:00,前期工作,九龙融媒,,https://jiulongpo.example.cn/2,"
                + "\"可研\r\n批复\",provisional,,\r\n";
        submit(REPORTER, CSV, csv, "").then().statusCode(200).body("created", is(2));
        history(HUANGJUEPING).then().body("items[0].note", is("主体施工,约四成"))
                .body("items[0].source.title", is("标题 \"一期\"")).body("items[0].progressPercent", is(40))
                .body("items[0].recordedBy", is("bulk-reporter"));
        String reportedAt = history(HUANGJUEPING).path("items[0].reportedAt");
        // a date alone is that day's start in China
        assertThat(OffsetDateTime.parse(reportedAt).toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-09-29T00:00:00+08:00").toInstant());
        history(TANZIKOU).then().body("items[0].source.phrase", is("可研\r\n批复")).body("items[0].basis", is("provisional"))
                .body("items[0].source", not(hasKey("publishedOn"))).body("items[0].comparable", is(true));

        submit(REPORTER, CSV, "projectCode,status,reportedAt,source.title,source.publisher,source.url,"
                + "source.phrase,basis,comparable,progressPercent\r\n" + XINLONG + ",under_construction,2024-01-01,t,p,"
                + "https://x.example/1,ph,final,maybe,ten\r\n", "").then().statusCode(400)
                .body("errors.field", contains("rows[1].comparable", "rows[1].progressPercent"));
        submit(REPORTER, CSV, "projectCode,status,colour\r\n" + XINLONG + ",completed,red\r\n", "").then()
                .statusCode(400).body("errors[0].field", is("request")).body("errors[0].message", containsString("colour"));
        submit(REPORTER, CSV, "projectCode,status,reportedAt\r\n", "").then().statusCode(400)
                .body("errors[0].message", containsString("source.url"));
        history(XINLONG).then().body("items", empty());
    }

    @Test
    void theRowsOfAProjectApplyInOrderUnderTheRules() {
        String body = batch(
                row(XIPENG, "completed", "100", "2022-01-01T09:00:00+08:00", "https://example.gov.cn/x1"),
                row(XIPENG, "under_construction", "80", "2022-02-01T09:00:00+08:00", "https://example.gov.cn/x2"));
        submit(REPORTER, "application/json", body, "").then().statusCode(400)
                .body("errors.field", contains("rows[2].status"))
                .body("errors[0].message", startsWith("reopen-needs-admin"));
        // plan-admin may reopen and correct downwards
        submit(ADMIN, "application/json", body, "").then().statusCode(200).body("created", is(2));
        given().get("/api/v1/projects/" + XIPENG).then().body("status", is("under_construction"))
                .body("progressPercent", is(80));
        // a report older than the latest is stale, in a batch as alone
        submit(ADMIN, "application/json", batch(row(XIPENG, "under_construction", "90", "2021-06-01T09:00:00+08:00",
                "https://example.gov.cn/x3")), "").then().statusCode(400)
                .body("errors[0].message", startsWith("stale-report"));
    }

    @Test
    void rolesRowLimitAndMalformedBodies() {
        String one = batch(row(CHANGANSI, "under_construction", "10", "2024-07-01T09:00:00+08:00", "https://example.gov.cn/r"));
        submit(null, "application/json", one, "").then().statusCode(401).contentType("application/problem+json");
        submit(TestTokens.bearer("editor", "plan-editor"), "application/json", one, "").then().statusCode(403);
        submit(REPORTER, "application/json", one, "?dryRun=perhaps").then().statusCode(400)
                .body("errors[0].field", is("dryRun"));
        submit(REPORTER, "application/json", "{\"items\":[]}", "").then().statusCode(400)
                .body("errors[0].field", is("items"));
        submit(REPORTER, "application/json", "[]", "").then().statusCode(400).body("errors[0].field", is("items"));
        submit(REPORTER, "application/json", "{\"items\":[", "").then().statusCode(400)
                .contentType("application/problem+json");
        submit(REPORTER, "application/json", "{\"items\":[1]}", "").then().statusCode(400)
                .body("errors[0].field", is("rows[1]"));
        submit(REPORTER, "text/plain", "hello", "").then().statusCode(415).contentType("application/problem+json");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            rows.add(row(CHANGANSI, "under_construction", "10", "2024-07-01T09:00:00+08:00", "https://example.gov.cn/r" + i));
        }
        submit(REPORTER, "application/json", batch(rows.toArray(String[]::new)), "").then().statusCode(400)
                .body("errors[0].field", is("items")).body("errors[0].message", containsString("at most 1000 rows"));
        history(CHANGANSI).then().body("items", empty());
    }
}
