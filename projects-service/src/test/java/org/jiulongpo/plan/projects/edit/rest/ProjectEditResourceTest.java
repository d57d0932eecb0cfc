package org.jiulongpo.plan.projects.edit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.jiulongpo.plan.projects.feed.rest.ChangeFeedResourceTest.tail;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.ADMIN;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.REPORTER;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.body;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.etag;
import static org.jiulongpo.plan.projects.status.rest.StatusUpdateResourceTest.post;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ProjectEditResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void adminEditsDefinitionsUnderIfMatchAndTheFeedReportsIt() {
        String code = "water-reservoir-wenfenghu";
        String cursor = tail();
        String tag = etag(code);
        String edit = "{\"latitude\":29.3521,\"longitude\":106.3025,\"locationEn\":\"Xipeng\"}";
        given().contentType("application/merge-patch+json").body(edit).patch("/api/v1/projects/" + code).then()
                .statusCode(401);
        given().contentType("application/merge-patch+json").header("Authorization", REPORTER).header("If-Match", tag)
                .body(edit).patch("/api/v1/projects/" + code).then().statusCode(403);
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).body(edit)
                .patch("/api/v1/projects/" + code).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", tag)
                .body("{\"latitude\":123}").patch("/api/v1/projects/" + code).then().statusCode(400)
                .body("errors[0].field", is("latitude"));
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", tag)
                .body("{\"status\":\"completed\"}").patch("/api/v1/projects/" + code).then().statusCode(400)
                .body("errors[0].field", is("status"));
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", tag)
                .body("{\"nameZh\":null}").patch("/api/v1/projects/" + code).then().statusCode(400)
                .body("errors[0].field", is("nameZh"));
        String newTag = given().contentType("application/merge-patch+json").header("Authorization", ADMIN)
                .header("If-Match", tag).body(edit).patch("/api/v1/projects/" + code).then().statusCode(200)
                .body("coordinates.latitude", is(29.3521f)).body("locationEn", is("Xipeng")).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(tag);
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", tag)
                .body(edit).patch("/api/v1/projects/" + code).then().statusCode(412);
        given().get("/api/v1/projects/changes?since=" + cursor).then().statusCode(200)
                .body("items.kind", hasItem("edit")).body("items.find { it.kind == 'edit' }.project.locationEn", is("Xipeng"));
    }

    @Test
    void editsAndRemovalsRefuseATagOfAnotherProjectOrOfNoneOfOurs() {
        String a = "education-basic-shixinlu-primary-teaching-building-expansion";
        String b = "education-basic-yucai-mingcheng-middle";
        String edit = "{\"locationEn\":\"Yangjiaping\"}";
        for (String foreign : new String[] { etag(a), "\"v0\"", "\"v1-deadbeef\"" }) {
            given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", foreign)
                    .body(edit).patch("/api/v1/projects/" + b).then().statusCode(412);
            given().header("Authorization", ADMIN).header("If-Match", foreign).delete("/api/v1/projects/" + b).then()
                    .statusCode(412);
        }
        String english = given().header("Accept-Language", "en").get("/api/v1/projects/" + b + "?fields=code")
                .header("ETag");
        String edited = given().contentType("application/merge-patch+json").header("Authorization", ADMIN)
                .header("If-Match", english).body(edit).patch("/api/v1/projects/" + b).then().statusCode(200)
                .body("locationEn", is("Yangjiaping")).extract().header("ETag");
        given().header("Authorization", ADMIN).header("If-Match", english).delete("/api/v1/projects/" + b).then()
                .statusCode(412);
        given().contentType("application/merge-patch+json").header("Authorization", ADMIN).header("If-Match", "*")
                .body("{\"locationEn\":\"Xiejiawan\"}").patch("/api/v1/projects/" + b).then().statusCode(200)
                .header("ETag", not(edited));
        given().header("Authorization", ADMIN).header("If-Match", "*").delete("/api/v1/projects/" + b).then()
                .statusCode(204);
        given().header("Authorization", ADMIN).header("If-Match", "*").delete("/api/v1/projects/" + b).then()
                .statusCode(410);
    }

    @Test
    void removalIsSoftAndReportedAsATombstone() {
        String code = "education-basic-shiqiaopu-primary-expansion";
        Response before = given().get("/api/v1/projects/" + code);
        before.then().statusCode(200);
        int total = given().get("/api/v1/projects/stats").path("total");
        String cursor = tail();
        given().header("Authorization", TestTokens.bearer("plan-editor")).header("If-Match", before.header("ETag"))
                .delete("/api/v1/projects/" + code).then().statusCode(403);
        given().header("Authorization", ADMIN).delete("/api/v1/projects/" + code).then().statusCode(428);
        given().header("Authorization", ADMIN).header("If-Match", before.header("ETag"))
                .delete("/api/v1/projects/" + code).then().statusCode(204);
        given().get("/api/v1/projects/" + code).then().statusCode(410).contentType("application/problem+json")
                .body("status", is(410));
        given().get("/api/v1/projects?limit=500").then().body("items.code", not(hasItem(code)));
        given().get("/api/v1/projects/stats").then().body("total", is(total - 1));
        given().get("/api/v1/projects/changes?since=" + cursor).then().statusCode(200)
                .body("items[0].kind", is("removal")).body("items[0].project.deleted", is(true))
                .body("items[0].project.code", is(code));
        post(code, REPORTER, before.header("ETag"), body("under_construction", 5)).then().statusCode(410);
    }
}
