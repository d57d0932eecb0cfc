package org.jiulongpo.plan.projects.status.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The committed public record (data/public-record/status-reports.csv) loads through the bulk
 * path as the public-record reporter does it. A profile of its own gives this test a fresh
 * database: other test classes report on some of the same projects, with later dates.
 */
@QuarkusTest
@TestProfile(PublicRecordLoadTest.FreshDatabase.class)
class PublicRecordLoadTest {

    public static class FreshDatabase implements QuarkusTestProfile {
    }

    static final Path FILE = Path.of("..", "data", "public-record", "status-reports.csv");
    static final String PUBLIC_RECORD = TestTokens.bearer("public-record", "project-reporter");

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static Response load(byte[] csv, String query) {
        return given().header("Authorization", PUBLIC_RECORD).contentType("text/csv").body(csv)
                .post("/api/v1/projects/status-updates/bulk" + query);
    }

    @Test
    void theCommittedFileLoadsAndLoadingItAgainChangesNothing() throws IOException {
        byte[] csv = Files.readAllBytes(FILE);
        load(csv, "?dryRun=true").then().statusCode(200).body("created", is(11)).body("unchanged", is(0));
        given().get("/api/v1/projects/status-updates").then().body("items", empty());

        Response first = load(csv, "");
        first.then().statusCode(200).body("dryRun", is(false)).body("created", is(11)).body("unchanged", is(0))
                .body("items.outcome", everyItem(is("new")));
        List<Map<String, Object>> reports = given().get("/api/v1/projects/status-updates?limit=500").then()
                .statusCode(200).extract().path("items");
        assertThat(reports).hasSize(11).allSatisfy(r -> {
            assertThat(r).containsEntry("recordedBy", "public-record").containsEntry("basis", "final")
                    .containsEntry("comparable", true).doesNotContainKey("progressPercent");
            assertThat(r.get("source")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsKeys("title", "publisher", "publishedOn", "url", "phrase");
        });
        Map<Object, Long> byProject = reports.stream()
                .collect(Collectors.groupingBy(r -> r.get("projectCode"), Collectors.counting()));
        assertThat(byProject).hasSize(10).containsEntry("transport-bridge-tunnel-baishiyi-tunnel", 2L);
        Map<String, String> status = reports.stream().collect(Collectors.toMap(r -> (String) r.get("projectCode"),
                r -> (String) r.get("status"), (a, b) -> a));
        assertThat(status).containsEntry("transport-rail-jiangtiao-line", "completed")
                .containsEntry("transport-expressway-jianglu-north-line", "completed")
                .containsEntry("transport-metro-line-18", "under_construction");
        // no source stated a percentage for a whole project, so no project has one
        given().get("/api/v1/projects/transport-rail-jiangtiao-line").then().body("status", is("completed"))
                .body("progressPercent", nullValue());
        given().get("/api/v1/projects/transport-metro-line-27").then().body("status", is("under_construction"))
                .body("progressPercent", nullValue());
        given().get("/api/v1/projects/stats?latest=11").then().statusCode(200)
                .body("latestUpdates", hasSize(11)).body("latestUpdates[0]", not(hasKey("progressPercent")));

        // loading it again: every row is a report already recorded, and is not recorded twice
        load(csv, "").then().statusCode(200).body("created", is(0)).body("unchanged", is(11))
                .body("items.statusUpdateId", is(first.<List<Integer>>path("items.statusUpdateId")));
        given().get("/api/v1/projects/status-updates?limit=500").then().body("items", hasSize(11));
    }
}
