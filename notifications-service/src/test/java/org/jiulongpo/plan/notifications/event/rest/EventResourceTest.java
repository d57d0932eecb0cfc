package org.jiulongpo.plan.notifications.event.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jiulongpo.plan.notifications.Fixtures.METRO_19;
import static org.jiulongpo.plan.notifications.Fixtures.YUKUN;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiulongpo.plan.notifications.Fixtures;
import org.jiulongpo.plan.notifications.ProjectsFeedStub;
import org.jiulongpo.plan.notifications.SseClient;
import org.jiulongpo.plan.notifications.SseClient.SseEvent;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.notifications.feed.mapping.ProjectsFeedMapping;
import org.jiulongpo.plan.notifications.feed.service.FeedPoller;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@QuarkusTestResource(ProjectsFeedStub.class)
class EventResourceTest {

    @Inject
    FeedPoller poller;
    @Inject
    ProjectsFeedMapping projects;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @BeforeEach
    void fourEventsLogged() {
        Fixtures.emptyLog(em);
        Fixtures.threeChangesThenOne();
        poller.poll(projects);
    }

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void theLogIsAPageOfCloudEventsWithAStrongETag() {
        given().when().get("/api/v1/events")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .body("items", hasSize(4))
                .body("items.id", contains("projects:" + METRO_19 + ":2", "projects:" + METRO_19 + ":3",
                        "projects:" + METRO_19 + ":4", "projects:" + YUKUN + ":2"))
                .body("items[0].specversion", equalTo("1.0"))
                .body("items[0].type", equalTo("project.status.reported"))
                .body("items[0].data.resource", equalTo("http://localhost:8080/api/v1/projects/" + METRO_19))
                .body("nextCursor", nullValue());
    }

    @Test
    void aRevalidationAnswers304UntilSomethingIsAppended() {
        String etag = given().get("/api/v1/events").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/events").then().statusCode(304);

        ProjectsFeedStub.page("c-4", ProjectsFeedStub.pageOf("c-5", false, ProjectsFeedStub.change("edit", YUKUN, 3,
                "2026-03-05T10:00:00+08:00", "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"version\":3}", null)));
        poller.poll(projects);

        given().header("If-None-Match", etag).get("/api/v1/events").then().statusCode(200).body("items", hasSize(5));
    }

    @Test
    void pagesFollowTheCursorWithALinkToTheNext() {
        Response first = given().queryParam("limit", 3).get("/api/v1/events");
        first.then().statusCode(200).body("items", hasSize(3)).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""));
        String cursor = first.path("nextCursor");

        given().queryParam("limit", 3).queryParam("cursor", cursor).get("/api/v1/events")
                .then().statusCode(200)
                .body("items.id", contains("projects:" + YUKUN + ":2"))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersByTypeSectorProjectAndIndicator() {
        given().queryParam("type", "project.status.reported").get("/api/v1/events")
                .then().statusCode(200).body("items.subject", contains(METRO_19, YUKUN));
        given().queryParam("project", YUKUN).get("/api/v1/events")
                .then().statusCode(200).body("items.type", contains("project.status.reported"));
        given().queryParam("sector", "transport").get("/api/v1/events")
                .then().statusCode(200).body("items", hasSize(4));
        given().queryParam("sector", "energy").get("/api/v1/events")
                .then().statusCode(200).body("items", hasSize(0));
        // no feed of indicators is read yet: nothing is about an indicator
        given().queryParam("indicator", "fyp14-03").get("/api/v1/events")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        given().queryParam("limit", 0).get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aCursorNotIssuedHereIsRefused() {
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aFilterThatIsNotACodeIsRefused() {
        given().queryParam("type", "Project Status").get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("type"));
    }

    @Test
    void theStreamResumesAfterLastEventIdWithNoGapAndNoRepeat() throws Exception {
        String afterFirst = EventMapper.cursor(1);
        try (SseClient stream = new SseClient(port, "/api/v1/events/stream", Map.of("Last-Event-ID", afterFirst))) {
            assertThat(stream.statusLine()).contains("200");
            assertThat(stream.headerLines()).anyMatch(h -> h.toLowerCase().startsWith("content-type: text/event-stream"));
            List<SseEvent> events = stream.next(3);
            assertThat(events).extracting(e -> mapper.readTree(e.data()).get("id").asText()).containsExactly(
                    "projects:" + METRO_19 + ":3", "projects:" + METRO_19 + ":4", "projects:" + YUKUN + ":2");
            assertThat(events).extracting(SseEvent::id)
                    .containsExactly(EventMapper.cursor(2), EventMapper.cursor(3), EventMapper.cursor(4));
        }
    }

    @Test
    void theStreamSendsWhatIsAppendedWhileItIsOpen() throws Exception {
        try (SseClient stream = new SseClient(port, "/api/v1/events", Map.of("Accept", "text/event-stream"))) {
            assertThat(stream.statusLine()).contains("200");
            ProjectsFeedStub.page("c-4", ProjectsFeedStub.pageOf("c-5", false, ProjectsFeedStub.change("edit", YUKUN, 3,
                    "2026-03-05T10:00:00+08:00", "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"version\":3}", null)));
            poller.poll(projects);

            SseEvent appended = stream.next(1).get(0);
            assertThat(mapper.readTree(appended.data()).get("id").asText()).isEqualTo("projects:" + YUKUN + ":3");
            assertThat(appended.id()).isEqualTo(EventMapper.cursor(5));
        }
    }

    @Test
    void theStreamFiltersLikeThePages() throws Exception {
        try (SseClient stream = new SseClient(port, "/api/v1/events/stream?project=" + YUKUN + "&cursor="
                + EventMapper.cursor(0), Map.of())) {
            SseEvent only = stream.next(1).get(0);
            assertThat(mapper.readTree(only.data()).get("subject").asText()).isEqualTo(YUKUN);
        }
    }

    @Test
    void aLastEventIdNotIssuedHereIsRefused() {
        given().header("Last-Event-ID", "garbage").accept("text/event-stream").get("/api/v1/events/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
