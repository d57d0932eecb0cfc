package org.jiulongpo.plan.notifications.subscription.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.jiulongpo.plan.notifications.Fixtures;
import org.jiulongpo.plan.notifications.Receiver;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class SubscriptionResourceTest {

    static final String ALICE = TestTokens.bearer("alice", "subscriber");
    static final String BOB = TestTokens.bearer("bob", "subscriber");
    static Receiver receiver;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        ContractValidation.install();
        receiver = new Receiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @BeforeEach
    void nothingSubscribed() {
        Fixtures.emptyLog(em);
        receiver.accepting();
    }

    static ExtractableResponse<Response> create(String token, String body) {
        return given().header("Authorization", token).contentType("application/json").body(body)
                .post("/api/v1/subscriptions").then().extract();
    }

    static String subscribe(String token, String url) {
        ExtractableResponse<Response> created = create(token, "{\"url\":\"" + url + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return created.path("subscription.id");
    }

    @Test
    void aCallbackThatPassesTheHandshakeIsSubscribedAndItsSecretShownOnce() {
        String body = "{\"url\":\"" + receiver.url() + "\",\"filters\":{\"type\":\"project.status.reported\",\"sector\":\"transport\"}}";
        ExtractableResponse<Response> created = create(ALICE, body);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("subscription.id");
        assertThat(created.header("Location")).endsWith("/api/v1/subscriptions/" + id);
        assertThat((String) created.path("secret")).startsWith("whsec_");
        assertThat((String) created.path("subscription.filters.type")).isEqualTo("project.status.reported");
        assertThat((Boolean) created.path("subscription.enabled")).isTrue();
        receiver.server().verify(requestedFor("OPTIONS", urlPathEqualTo(Receiver.PATH))
                .withHeader("WebHook-Request-Origin", WireMock.equalTo("jiulongpo-plan-api")));

        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("url", equalTo(receiver.url()))
                .body("filters.sector", equalTo("transport"))
                .body("secret", nullValue());
    }

    @Test
    void aCallbackThatFailsTheHandshakeIsRefusedWith422() {
        receiver.server().resetAll();
        receiver.server().stubFor(request("OPTIONS", urlPathEqualTo(Receiver.PATH)).willReturn(ok()));
        given().header("Authorization", ALICE).contentType("application/json").body("{\"url\":\"" + receiver.url() + "\"}")
                .post("/api/v1/subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/callback-refused"))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("WebHook-Allowed-Origin"));

        receiver.server().resetAll();
        given().header("Authorization", ALICE).contentType("application/json").body("{\"url\":\"" + receiver.url() + "\"}")
                .post("/api/v1/subscriptions").then().statusCode(422)
                .body("errors[0].message", containsString("404"));
        given().header("Authorization", ALICE).get("/api/v1/subscriptions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void privateLinkLocalAndMetadataCallbacksAreRefusedBeforeAnyConnection() {
        for (String url : new String[] { "http://10.0.0.1/hooks", "http://169.254.169.254/latest/meta-data/",
                "http://192.168.0.10:8080/hooks", "https://[fd00::1]/hooks", "ftp://receiver.example.org/hooks" }) {
            given().header("Authorization", ALICE).contentType("application/json").body("{\"url\":\"" + url + "\"}")
                    .post("/api/v1/subscriptions").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void aRedirectAnswerToTheHandshakeIsNotFollowed() {
        receiver.server().resetAll();
        receiver.server().stubFor(request("OPTIONS", urlPathEqualTo(Receiver.PATH))
                .willReturn(temporaryRedirect("http://10.0.0.1/hooks")));
        given().header("Authorization", ALICE).contentType("application/json").body("{\"url\":\"" + receiver.url() + "\"}")
                .post("/api/v1/subscriptions").then().statusCode(422).body("errors[0].message", containsString("302"));
    }

    @Test
    void anotherSubjectNeitherSeesNorChangesIt() {
        String id = subscribe(ALICE, receiver.url());
        String etag = given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().extract().header("ETag");

        given().header("Authorization", BOB).get("/api/v1/subscriptions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", BOB).get("/api/v1/subscriptions").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", BOB).header("If-Match", etag).contentType("application/json")
                .body("{\"enabled\":false}").patch("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().header("Authorization", BOB).header("If-Match", etag).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().header("Authorization", BOB).post("/api/v1/subscriptions/" + id + "/secret-rotations").then().statusCode(404);
        given().header("Authorization", BOB).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(404);
        given().header("Authorization", BOB).contentType("application/json").body("{\"since\":\"" + EventMapper.cursor(0) + "\"}")
                .post("/api/v1/subscriptions/" + id + "/redeliveries").then().statusCode(404);

        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .header("ETag", etag).body("enabled", equalTo(true));
    }

    @Test
    void listsOnlyTheCallersOwnPagedByCursor() {
        String first = subscribe(ALICE, receiver.url());
        String second = subscribe(ALICE, receiver.url() + "?n=2");
        subscribe(BOB, receiver.url());

        ExtractableResponse<Response> page = given().header("Authorization", ALICE).queryParam("limit", 1)
                .get("/api/v1/subscriptions").then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("items.id", contains(first)).extract();
        given().header("Authorization", ALICE).queryParam("limit", 1).queryParam("cursor", (String) page.path("nextCursor"))
                .get("/api/v1/subscriptions").then().statusCode(200).body("items.id", contains(second))
                .body("nextCursor", nullValue());
        String etag = page.header("ETag");
        given().header("Authorization", ALICE).queryParam("limit", 1).header("If-None-Match", etag)
                .get("/api/v1/subscriptions").then().statusCode(304);
    }

    @Test
    void filtersChangeUnderIfMatch() {
        String id = subscribe(ALICE, receiver.url());
        String etag = given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().extract().header("ETag");

        given().header("Authorization", ALICE).contentType("application/merge-patch+json")
                .body("{\"filters\":{\"project\":\"transport-metro-line-19\"}}").patch("/api/v1/subscriptions/" + id)
                .then().statusCode(428);
        String edited = given().header("Authorization", ALICE).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"filters\":{\"project\":\"transport-metro-line-19\"}}").patch("/api/v1/subscriptions/" + id)
                .then().statusCode(200).body("filters.project", equalTo("transport-metro-line-19")).body("version", equalTo(2))
                .extract().header("ETag");
        given().header("Authorization", ALICE).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"enabled\":false}").patch("/api/v1/subscriptions/" + id).then().statusCode(412);
        given().header("Authorization", ALICE).header("If-Match", edited).contentType("application/merge-patch+json")
                .body("{\"enabled\":false,\"filters\":{\"project\":null}}").patch("/api/v1/subscriptions/" + id)
                .then().statusCode(200).body("enabled", equalTo(false)).body("filters.project", nullValue())
                .body("disabledReason", equalTo("disabled by its owner"));
        given().header("Authorization", ALICE).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"url\":\"https://elsewhere.example.org/\"}").patch("/api/v1/subscriptions/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().header("Authorization", ALICE).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"filters\":{\"type\":\"Not A Code\"}}").patch("/api/v1/subscriptions/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("filters.type"));
    }

    @Test
    void removedUnderIfMatch() {
        String id = subscribe(ALICE, receiver.url());
        given().header("Authorization", ALICE).delete("/api/v1/subscriptions/" + id).then().statusCode(428);
        given().header("Authorization", ALICE).header("If-Match", "*").delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void rotationShowsTheNewSecretOnceAndKeepsThePreviousForADay() {
        ExtractableResponse<Response> created = create(ALICE, "{\"url\":\"" + receiver.url() + "\"}");
        String id = created.path("subscription.id");
        String rotated = given().header("Authorization", ALICE).post("/api/v1/subscriptions/" + id + "/secret-rotations")
                .then().statusCode(200).body("secret", startsWith("whsec_"))
                .body("previousSecretValidUntil", notNullValue()).extract().path("secret");
        assertThat(rotated).isNotEqualTo(created.path("secret"));
        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("previousSecretValidUntil", notNullValue()).body("version", equalTo(2));
    }

    @Test
    void aReplayedIdempotencyKeyReturnsTheFirstSubscription() {
        String body = "{\"url\":\"" + receiver.url() + "\"}";
        String first = given().header("Authorization", ALICE).header("Idempotency-Key", "k-1").contentType("application/json")
                .body(body).post("/api/v1/subscriptions").then().statusCode(201).extract().path("subscription.id");
        given().header("Authorization", ALICE).header("Idempotency-Key", "k-1").contentType("application/json")
                .body(body).post("/api/v1/subscriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("subscription.id", equalTo(first));
        given().header("Authorization", ALICE).header("Idempotency-Key", "k-1").contentType("application/json")
                .body("{\"url\":\"" + receiver.url() + "?other\"}").post("/api/v1/subscriptions").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void aTokenIsNeededAndTheSubscriberRole() {
        given().get("/api/v1/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("project-reporter")).get("/api/v1/subscriptions")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body("{\"url\":\"" + receiver.url() + "\"}").post("/api/v1/subscriptions")
                .then().statusCode(401);
    }

    @Test
    void aCreateWithoutUrlIs400() {
        given().header("Authorization", ALICE).contentType("application/json").body("{\"filters\":{}}")
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }
}
