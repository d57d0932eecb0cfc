package org.jiulongpo.plan.notifications.feed.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiulongpo.plan.notifications.Fixtures.METRO_19;
import static org.jiulongpo.plan.notifications.Fixtures.YUKUN;
import static org.jiulongpo.plan.notifications.ProjectsFeedStub.change;
import static org.jiulongpo.plan.notifications.ProjectsFeedStub.pageOf;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.notifications.Fixtures;
import org.jiulongpo.plan.notifications.ProjectsFeedStub;
import org.jiulongpo.plan.notifications.event.Event;
import org.jiulongpo.plan.notifications.event.EventFilter;
import org.jiulongpo.plan.notifications.event.service.EventService;
import org.jiulongpo.plan.notifications.feed.mapping.ProjectsFeedMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@QuarkusTestResource(ProjectsFeedStub.class)
class FeedPollerTest {

    @Inject
    FeedPoller poller;
    @Inject
    FeedIngest ingest;
    @Inject
    ProjectsFeedMapping projects;
    @Inject
    EventService events;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void fromTheBeginning() {
        Fixtures.emptyLog(em);
        Fixtures.threeChangesThenOne();
    }

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    private List<JsonNode> logged() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (Event e : events.batch(0, EventFilter.ALL, 100)) {
            bodies.add(mapper.readTree(e.body));
        }
        return bodies;
    }

    @Test
    void everyChangeBecomesOneCloudEventInFeedOrder() throws Exception {
        assertThat(poller.poll(projects)).isEqualTo(4);

        List<JsonNode> log = logged();
        assertThat(log).extracting(e -> e.get("id").asText()).containsExactly(
                "projects:" + METRO_19 + ":2", "projects:" + METRO_19 + ":3", "projects:" + METRO_19 + ":4",
                "projects:" + YUKUN + ":2");
        assertThat(log).extracting(e -> e.get("type").asText()).containsExactly(
                "project.status.reported", "project.edited", "project.removed", "project.status.reported");
        JsonNode reported = log.get(0);
        assertThat(reported.get("specversion").asText()).isEqualTo("1.0");
        assertThat(reported.get("source").asText()).isEqualTo("/api/v1/projects/changes");
        assertThat(reported.get("subject").asText()).isEqualTo(METRO_19);
        assertThat(reported.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(reported.get("time").asText()))
                .isAtSameInstantAs(OffsetDateTime.parse("2026-03-01T10:00:00+08:00"));
        JsonNode data = reported.get("data");
        assertThat(data.get("resource").asText()).isEqualTo("http://localhost:8080/api/v1/projects/" + METRO_19);
        assertThat(data.get("etag").asText()).matches("\"v2-[0-9a-f]{8}-[0-9a-f]{12}\"");
        assertThat(data.get("changed").get("status").asText()).isEqualTo("under_construction");
        assertThat(data.get("changed").get("progressPercent").asInt()).isEqualTo(10);
    }

    @Test
    void anEditNamesTheFieldsThatDifferFromThePreviousChange() throws Exception {
        poller.poll(projects);

        JsonNode edit = logged().get(1).get("data");
        assertThat(edit.get("changed").properties()).extracting(Map.Entry::getKey).containsExactly("nameEn");
        assertThat(edit.get("changed").get("nameEn").asText()).isEqualTo("Metro Line 19");
    }

    @Test
    void aRemovalCarriesNoETagAndKeepsTheSectorTheProjectHad() {
        poller.poll(projects);

        assertThat(events.page(0, new EventFilter("project.removed", "transport", null, null), 10).items())
                .singleElement().satisfies(e -> {
                    assertThat(e.get("data").has("etag")).isFalse();
                    assertThat(e.get("data").get("changed").get("deleted").asBoolean()).isTrue();
                });
    }

    @Test
    void aReportThatOnlyMovesProgressNamesProgressNotStatus() throws Exception {
        poller.poll(projects);

        JsonNode changed = logged().get(3).get("data").get("changed");
        assertThat(changed.has("status")).isFalse();
        assertThat(changed.get("progressPercent").asInt()).isEqualTo(40);
    }

    @Test
    void aReportThatIsNotComparableNamesNoChange() throws Exception {
        ProjectsFeedStub.server().resetAll();
        ProjectsFeedStub.page(null, pageOf("c-1", false, change("status_update", YUKUN, 2, "2026-03-04T10:00:00+08:00",
                "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"status\":\"not_reported\","
                        + "\"updatedAt\":\"2026-03-04T10:00:00+08:00\",\"version\":2}",
                "{\"id\":2,\"projectCode\":\"" + YUKUN + "\",\"status\":\"completed\",\"previousStatus\":\"not_reported\","
                        + "\"progressPercent\":100,\"reportedAt\":\"2026-03-04T09:00:00+08:00\",\"recordedBy\":\"r\","
                        + "\"recordedAt\":\"2026-03-04T10:00:00+08:00\",\"projectVersion\":2,\"comparable\":false,"
                        + "\"note\":\"the source speaks of one section\"}")));
        ProjectsFeedStub.page("c-1", pageOf("c-1", false));

        assertThat(poller.poll(projects)).isEqualTo(1);
        JsonNode changed = logged().get(0).get("data").get("changed");
        assertThat(changed.properties()).isEmpty();
    }

    @Test
    void readingAgainFromTheKeptCursorAddsNothing() {
        poller.poll(projects);

        assertThat(poller.poll(projects)).isZero();
        assertThat(events.lastSeq()).isEqualTo(4);
        assertThat(ingest.cursor(ProjectsFeedMapping.FEED)).isEqualTo("c-4");
    }

    @Test
    void aPageReadFromACursorThatHasMovedSinceIsDropped() throws Exception {
        poller.poll(projects);
        JsonNode firstPage = mapper.readTree(pageOf("c-9", false, change("edit", YUKUN, 3,
                "2026-03-05T10:00:00+08:00", "{\"code\":\"" + YUKUN + "\",\"version\":3}", null)));

        // a second replica that read from the beginning before the first moved the cursor
        assertThat(ingest.apply(projects, null, firstPage)).isZero();
        assertThat(events.lastSeq()).isEqualTo(4);
        assertThat(ingest.cursor(ProjectsFeedMapping.FEED)).isEqualTo("c-4");
    }

    @Test
    void aFeedThatFailsLeavesTheCursorWhereItWasAndIsReadLater() {
        ProjectsFeedStub.server().resetAll();
        ProjectsFeedStub.server().stubFor(get(urlPathEqualTo(ProjectsFeedStub.PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> poller.poll(projects)).isInstanceOf(RuntimeException.class);
        assertThat(ingest.cursor(ProjectsFeedMapping.FEED)).isNull();
        assertThat(events.lastSeq()).isZero();

        Fixtures.threeChangesThenOne();
        assertThat(poller.poll(projects)).isEqualTo(4);
    }

    @Test
    void eventsInAreCountedPerFeed() {
        double before = count();
        poller.poll(projects);
        assertThat(count() - before).isEqualTo(4);
        assertThat(registry.find("notifications.feed.lag").tag("feed", "projects").gauge()).isNotNull();
    }

    private double count() {
        Counter counter = registry.find("notifications.events.in").tag("feed", "projects").counter();
        return counter == null ? 0 : counter.count();
    }
}
