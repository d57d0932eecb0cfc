package org.jiulongpo.plan.projects.feed.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.REPORTER;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.body;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.etag;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
public class ChangeFeedResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    /** The cursor that points at the end of the feed now. */
    public static String tail() {
        String cursor = null;
        while (true) {
            var r = given().queryParam("limit", 500);
            if (cursor != null) {
                r.queryParam("since", cursor);
            }
            Response page = r.get("/api/v1/projects/changes");
            page.then().statusCode(200);
            cursor = page.path("nextCursor");
            if (!(Boolean) page.path("hasMore")) {
                return cursor;
            }
        }
    }

    @Test
    void feedReadPageByPageWhileUpdatesArriveMissesNothingAndRepeatsNothing() throws Exception {
        String cursor = tail();
        List<String> codes = List.of("energy-gas-taojia-gas-distribution-station", "education-basic-huayu-primary",
                "water-flood-control-tiaodeng-river");
        for (String code : codes) {
            given().get("/api/v1/projects/" + code).then().statusCode(200);
        }
        Set<Long> written = ConcurrentHashMap.newKeySet();
        int perProject = 8;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= perProject; i++) {
                for (String code : codes) {
                    Response r = post(code, REPORTER, etag(code), body("under_construction", i * 5));
                    assertThat(r.statusCode()).isEqualTo(201);
                    written.add(((Number) r.path("id")).longValue());
                }
            }
        });
        List<Long> seen = new ArrayList<>();
        Set<Long> unique = new HashSet<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while ((!writer.isDone() || unique.size() < written.size()) && System.currentTimeMillis() < deadline) {
            Response page = given().queryParam("since", cursor).queryParam("limit", 2).get("/api/v1/projects/changes");
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                if ("status_update".equals(item.get("kind"))) {
                    @SuppressWarnings("unchecked")
                    Number id = (Number) ((Map<String, Object>) item.get("statusUpdate")).get("id");
                    seen.add(id.longValue());
                    assertThat(unique.add(id.longValue())).as("repeated change " + id).isTrue();
                }
            }
            cursor = page.path("nextCursor");
        }
        writer.get(10, TimeUnit.SECONDS);
        assertThat(unique).isEqualTo(written);
        assertThat(seen).hasSize(codes.size() * perProject);
        // per project, versions arrive in increasing order
        assertThat(seen).isSorted();
    }

    @Test
    void feedEntriesCarryTheProjectAsItStoodAndAnAppendOnlyEtag() {
        String cursor = tail();
        given().queryParam("since", cursor).get("/api/v1/projects/changes").then().statusCode(200)
                .body("items", empty()).body("hasMore", is(false)).body("nextCursor", is(cursor));
        String etag = given().queryParam("since", cursor).get("/api/v1/projects/changes").header("ETag");
        given().queryParam("since", cursor).header("If-None-Match", etag).get("/api/v1/projects/changes").then()
                .statusCode(304);
        String code = "education-higher-tsung-dao-lee-college-science-art";
        given().get("/api/v1/projects/" + code).then().statusCode(200);
        post(code, REPORTER, etag(code), body("preliminary_work", 0)).then().statusCode(201);
        given().queryParam("since", cursor).header("If-None-Match", etag).get("/api/v1/projects/changes").then()
                .statusCode(200)
                .body("items[0].kind", is("status_update"))
                .body("items[0].projectCode", is(code))
                .body("items[0].project.status", is("preliminary_work"))
                .body("items[0].statusUpdate.status", is("preliminary_work"));
        given().get("/api/v1/projects/changes?since=garbage").then().statusCode(400).body("errors[0].field", is("since"));
    }
}
