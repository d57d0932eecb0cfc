package org.jiulongpo.plan.notifications.delivery.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jiulongpo.plan.notifications.Fixtures.YUKUN;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jiulongpo.plan.notifications.Fixtures;
import org.jiulongpo.plan.notifications.ProjectsFeedStub;
import org.jiulongpo.plan.notifications.Receiver;
import org.jiulongpo.plan.notifications.callback.WebhookSignature;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.notifications.feed.mapping.ProjectsFeedMapping;
import org.jiulongpo.plan.notifications.feed.service.FeedPoller;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@QuarkusTestResource(ProjectsFeedStub.class)
class DeliveryWorkerTest {

    static final String ALICE = TestTokens.bearer("alice", "subscriber");
    static Receiver receiver;

    @Inject
    DeliveryWorker worker;
    @Inject
    FeedPoller poller;
    @Inject
    ProjectsFeedMapping projects;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry registry;

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
    void nothingLoggedNorSubscribed() {
        Fixtures.emptyLog(em);
        Fixtures.threeChangesThenOne();
        receiver.accepting();
    }

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    private ExtractableResponse<Response> subscribe(String filters) {
        String body = "{\"url\":\"" + receiver.url() + "\"" + (filters == null ? "" : ",\"filters\":" + filters) + "}";
        ExtractableResponse<Response> created = given().header("Authorization", ALICE).contentType("application/json")
                .body(body).post("/api/v1/subscriptions").then().extract();
        assertThat(created.statusCode()).isEqualTo(201);
        receiver.server().resetRequests();
        return created;
    }

    private static String idOf(ExtractableResponse<Response> created) {
        return created.path("subscription.id");
    }

    private static List<String> ids(List<LoggedRequest> deliveries) {
        return deliveries.stream().map(r -> r.getHeader("webhook-id")).toList();
    }

    @Test
    void everyEventLoggedAfterTheSubscriptionIsPostedSignedWithTheCloudEventAsBody() throws Exception {
        String secret = subscribe(null).path("secret");
        poller.poll(projects);

        assertThat(worker.round()).isEqualTo(4);

        List<LoggedRequest> deliveries = receiver.deliveries();
        assertThat(ids(deliveries)).containsExactlyInAnyOrder("projects:" + Fixtures.METRO_19 + ":2",
                "projects:" + Fixtures.METRO_19 + ":3", "projects:" + Fixtures.METRO_19 + ":4", "projects:" + YUKUN + ":2");
        for (LoggedRequest delivery : deliveries) {
            byte[] body = delivery.getBody();
            String id = delivery.getHeader("webhook-id");
            long timestamp = Long.parseLong(delivery.getHeader("webhook-timestamp"));
            assertThat(Math.abs(timestamp - OffsetDateTime.now().toEpochSecond())).isLessThan(300);
            assertThat(delivery.getHeader("webhook-signature")).isEqualTo(WebhookSignature.sign(secret, id, timestamp, body));
            assertThat(delivery.getHeader("Content-Type")).startsWith("application/cloudevents+json");
            JsonNode event = mapper.readTree(body);
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("id").asText()).isEqualTo(id);
        }
        assertThat(worker.round()).as("each event is delivered once").isZero();
        assertThat(receiver.deliveries()).hasSize(4);
    }

    @Test
    void eventsLoggedBeforeTheSubscriptionAreNotDelivered() {
        poller.poll(projects);
        subscribe(null);
        worker.round();
        assertThat(receiver.deliveries()).isEmpty();

        ProjectsFeedStub.page("c-4", ProjectsFeedStub.pageOf("c-5", false, ProjectsFeedStub.change("edit", YUKUN, 3,
                "2026-03-05T10:00:00+08:00", "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"version\":3}", null)));
        poller.poll(projects);
        worker.round();
        assertThat(ids(receiver.deliveries())).containsExactly("projects:" + YUKUN + ":3");
    }

    @Test
    void onlyEventsThatPassTheFiltersAreDelivered() {
        subscribe("{\"project\":\"" + YUKUN + "\",\"type\":\"project.status.reported\"}");
        poller.poll(projects);
        worker.round();
        assertThat(ids(receiver.deliveries())).containsExactly("projects:" + YUKUN + ":2");
    }

    @Test
    void twoFailuresThenSuccessAreThreeAttemptsWithTheSameIdInTheLog() {
        String id = idOf(subscribe("{\"project\":\"" + YUKUN + "\"}"));
        receiver.server().stubFor(post(urlPathEqualTo(Receiver.PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        receiver.server().stubFor(post(urlPathEqualTo(Receiver.PATH)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
        receiver.server().stubFor(post(urlPathEqualTo(Receiver.PATH)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(200)));
        poller.poll(projects);

        // the test profile's first retry is due at once
        for (int i = 0; i < 3; i++) {
            worker.round();
        }

        assertThat(ids(receiver.deliveries())).containsExactly("projects:" + YUKUN + ":2", "projects:" + YUKUN + ":2",
                "projects:" + YUKUN + ":2");
        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].attemptLog.status", contains(500, 500, 200))
                .body("items[0].attemptLog[0].latencyMillis", greaterThanOrEqualTo(0));
    }

    @Test
    void aGoneAnswerDisablesTheSubscriptionWithTheReasonVisible() {
        String id = idOf(subscribe("{\"project\":\"" + YUKUN + "\"}"));
        receiver.answering(410, null);
        poller.poll(projects);
        worker.round();

        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("410"));
        receiver.accepting();
        ProjectsFeedStub.page("c-4", ProjectsFeedStub.pageOf("c-5", false, ProjectsFeedStub.change("edit", YUKUN, 3,
                "2026-03-05T10:00:00+08:00", "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"version\":3}", null)));
        poller.poll(projects);
        worker.round();
        assertThat(receiver.deliveries()).as("nothing goes to a disabled subscription").isEmpty();
    }

    @Test
    void retryAfterOnA503IsHonoured() {
        String id = idOf(subscribe("{\"project\":\"" + YUKUN + "\"}"));
        receiver.answering(503, "120");
        poller.poll(projects);
        OffsetDateTime before = OffsetDateTime.now();
        worker.round();
        worker.round();

        assertThat(receiver.deliveries()).hasSize(1);
        String next = given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id + "/deliveries")
                .then().statusCode(200).body("items[0].status", equalTo("pending"))
                .extract().path("items[0].nextAttemptAt");
        assertThat(OffsetDateTime.parse(next)).isAfterOrEqualTo(before.plusSeconds(119));
    }

    @Test
    void failingForTheWholeRetryWindowGivesUpAndDisables() {
        String id = idOf(subscribe("{\"project\":\"" + YUKUN + "\"}"));
        receiver.answering(500, null);
        poller.poll(projects);
        worker.round();
        // the delivery has been failing for four days
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update delivery set due_since = now() - interval '4 days'").executeUpdate());
        worker.round();

        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("failed"))
                .body("items[0].attempts", equalTo(2));
        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("failed for 72 hours"))
                .body("disabledReason", containsString("status 500"));
    }

    @Test
    void duringARotationBothSecretsSign() {
        ExtractableResponse<Response> created = subscribe("{\"project\":\"" + YUKUN + "\"}");
        String old = created.path("secret");
        String fresh = given().header("Authorization", ALICE).post("/api/v1/subscriptions/" + idOf(created) + "/secret-rotations")
                .then().statusCode(200).extract().path("secret");
        poller.poll(projects);
        worker.round();

        LoggedRequest delivery = receiver.deliveries().get(0);
        long timestamp = Long.parseLong(delivery.getHeader("webhook-timestamp"));
        String id = delivery.getHeader("webhook-id");
        assertThat(Arrays.asList(delivery.getHeader("webhook-signature").split(" "))).containsExactly(
                WebhookSignature.sign(fresh, id, timestamp, delivery.getBody()),
                WebhookSignature.sign(old, id, timestamp, delivery.getBody()));
    }

    @Test
    void aCallbackThatNowResolvesToAPrivateAddressIsRefusedAtDelivery() {
        String id = idOf(subscribe("{\"project\":\"" + YUKUN + "\"}"));
        // as if the callback's name had been pointed at an internal address after the handshake
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update subscription set url = 'http://10.0.0.1/hooks'").executeUpdate());
        poller.poll(projects);
        worker.round();

        given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("pending"))
                .body("items[0].attemptLog[0].status", nullValue())
                .body("items[0].attemptLog[0].error", containsString("private address"));
    }

    @Test
    void oneDeliveryOrEverySinceACursorIsDeliveredAgain() {
        String id = idOf(subscribe(null));
        poller.poll(projects);
        worker.round();
        String deliveryId = given().header("Authorization", ALICE).get("/api/v1/subscriptions/" + id + "/deliveries")
                .then().statusCode(200).extract().path("items[0].id");

        given().header("Authorization", ALICE).post("/api/v1/subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliveries")
                .then().statusCode(202).body("status", equalTo("pending"));
        worker.round();
        // the log is newest first: the redelivered one is the Yukun railway's report
        assertThat(ids(receiver.deliveries())).hasSize(5).filteredOn(("projects:" + YUKUN + ":2")::equals).hasSize(2);

        given().header("Authorization", ALICE).contentType("application/json")
                .body("{\"since\":\"" + EventMapper.cursor(2) + "\"}")
                .post("/api/v1/subscriptions/" + id + "/redeliveries").then().statusCode(202)
                .body("deliveries", equalTo(2));
        worker.round();
        assertThat(receiver.deliveries()).hasSize(7);
    }

    @Test
    void twoWorkersAgainstOneDatabaseDeliverEachEventOnceBetweenThem() throws Exception {
        subscribe(null);
        int events = 90;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                em.createNativeQuery("""
                        insert into event (id, feed, type, subject, occurred_at, body)
                        values (?1, 'projects', 'project.edited', 'p', now(), ?2)""")
                        .setParameter(1, "burst-" + i)
                        .setParameter(2, "{\"specversion\":\"1.0\",\"id\":\"burst-" + i + "\"}").executeUpdate();
            }
        });
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> attempted = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            attempted.add(replicas.submit(() -> {
                start.await();
                int sent = 0;
                for (int round = 0; round < 30 && receiver.deliveries().size() < events; round++) {
                    sent += worker.round();
                }
                return sent;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : attempted) {
            total += f.get(5, TimeUnit.MINUTES);
        }
        replicas.shutdown();

        List<String> ids = ids(receiver.deliveries());
        assertThat(ids).hasSize(events).doesNotHaveDuplicates();
        assertThat(total).isEqualTo(events);
    }

    @Test
    void deliveriesAreCountedByOutcome() {
        subscribe(null);
        double before = count("delivered");
        poller.poll(projects);
        worker.round();
        assertThat(count("delivered") - before).isEqualTo(4);
        assertThat(registry.find("notifications.deliveries.oldest.undelivered").gauge().value()).isZero();
    }

    private double count(String outcome) {
        Counter counter = registry.find("notifications.deliveries").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
