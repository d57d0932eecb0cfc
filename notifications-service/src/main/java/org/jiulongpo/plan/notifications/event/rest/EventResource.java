package org.jiulongpo.plan.notifications.event.rest;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.notifications.config.NotificationsConfig;
import org.jiulongpo.plan.notifications.event.EventFilter;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.notifications.event.mapping.EventPage;
import org.jiulongpo.plan.notifications.event.service.EventService;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** The public event log: pages by cursor, and the same log live as Server-Sent Events. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "What changed, as CloudEvents: page through the log or follow it live")
public class EventResource {

    /** Events sent per database read while a stream catches up. */
    private static final int STREAM_BATCH = 100;
    /** The longest filter code (type, sector, project, indicator) the list and the stream take. */
    private static final int MAX_CODE = 100;

    private final EventService events;
    private final Representations representations;
    private final RepresentationVersion representationVersion;
    private final Duration streamPoll;

    public EventResource(EventService events, Representations representations,
            RepresentationVersion representationVersion, NotificationsConfig config) {
        this.events = events;
        this.representations = representations;
        this.representationVersion = representationVersion;
        this.streamPoll = config.pollInterval();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvents", summary = "The event log",
            description = "Every change the suite's services reported, oldest first, each a CloudEvents 1.0 event. "
                    + "Keep the last nextCursor to read only what is new; Accept: text/event-stream (or /api/v1/events/stream) "
                    + "follows the log live.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "Only events of this type", example = "project.status.reported", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("type") String type,
            @Parameter(description = "Only events about projects of this sector", example = "transport", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("sector") String sector,
            @Parameter(description = "Only events about this project", example = "transport-metro-line-19", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("project") String project,
            @Parameter(description = "Only events about this indicator", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("indicator") String indicator,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri) {
        EventFilter filter = filter(type, sector, project, indicator);
        long after = cursor == null ? 0 : EventMapper.seq(cursor, "cursor");
        int pageSize = PageLimit.resolve(limit);
        // the log is append-only: a page changes only when something is appended after it
        String etag = ETags.strong(events.lastSeq(), "events", after, pageSize, filter.type(), filter.sector(),
                filter.project(), filter.indicator(), representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> {
            EventPage page = events.page(after, filter, pageSize);
            return representations.collection(new Page<>(page.items(), page.nextCursor()), Set.of(),
                    Representations.Format.JSON, null, etag, uri);
        });
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> listAsStream(@QueryParam("type") String type, @QueryParam("sector") String sector,
            @QueryParam("project") String project, @QueryParam("indicator") String indicator,
            @QueryParam("cursor") String cursor, @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        return stream(type, sector, project, indicator, cursor, lastEventId, sse);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // the start position is read from the database before the stream begins
    @Blocking
    @Operation(operationId = "streamEvents", summary = "The event log, live",
            description = "Server-Sent Events: each event's data is one CloudEvent in its JSON format and its id is the "
                    + "cursor after it. Reconnect with Last-Event-ID (browsers' EventSource does) to resume with no gap "
                    + "and no repeat. Without Last-Event-ID or cursor the stream starts with the newest events to come.")
    @APIResponse(responseCode = "200", description = "The stream; it stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only events of this type", example = "project.status.reported", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("type") String type,
            @Parameter(description = "Only events about projects of this sector", example = "transport", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("sector") String sector,
            @Parameter(description = "Only events about this project", example = "transport-metro-line-19", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("project") String project,
            @Parameter(description = "Only events about this indicator", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE)) @QueryParam("indicator") String indicator,
            @Parameter(description = "Start after this cursor (a nextCursor or an event id of this stream)") @QueryParam("cursor") String cursor,
            @Parameter(description = "The id of the last event received: resume right after it") @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        EventFilter filter = filter(type, sector, project, indicator);
        String resumeFrom = lastEventId != null ? lastEventId : cursor;
        long start = resumeFrom != null ? EventMapper.seq(resumeFrom, lastEventId != null ? "Last-Event-ID" : "cursor")
                : events.lastSeq();
        AtomicLong last = new AtomicLong(start);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(streamPoll)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(tick -> Multi.createFrom().iterable(events.batch(last.get(), filter, STREAM_BATCH)))
                .map(event -> {
                    last.set(event.seq);
                    return sse.newEventBuilder().id(EventMapper.cursor(event.seq))
                            .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, event.body).build();
                });
    }

    private static EventFilter filter(String type, String sector, String project, String indicator) {
        return new EventFilter(code(type, "type"), code(sector, "sector"), code(project, "project"),
                code(indicator, "indicator"));
    }

    private static String code(String value, String field) {
        String text = Params.text(value, field, MAX_CODE);
        if (text != null && !text.matches("[a-z0-9][a-z0-9._-]*")) {
            throw ProblemException.invalid(field, "must be a code: lower-case letters, digits, '.', '_' and '-'");
        }
        return text;
    }
}
