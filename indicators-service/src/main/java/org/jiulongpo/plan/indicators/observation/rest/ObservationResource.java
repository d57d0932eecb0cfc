package org.jiulongpo.plan.indicators.observation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.indicators.indicator.service.IndicatorService;
import org.jiulongpo.plan.indicators.observation.mapping.NewObservation;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationList;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationMapper;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationView;
import org.jiulongpo.plan.indicators.observation.mapping.RevisionList;
import org.jiulongpo.plan.indicators.observation.mapping.RevisionView;
import org.jiulongpo.plan.indicators.observation.service.ObservationService;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Annual monitoring values of an indicator, and their revision history. */
@Path("/api/v1/indicators/{code}/observations")
@Tag(name = "Observations", description = "Annual monitoring values 2021-2025; a new value for a year is a revision, never an overwrite")
public class ObservationResource {

    private final ObservationService observations;
    private final IndicatorService indicators;
    private final Representations representations;
    private final RepresentationVersion representationVersion;
    private final MeterRegistry metrics;

    public ObservationResource(ObservationService observations, IndicatorService indicators,
            Representations representations, RepresentationVersion representationVersion, MeterRegistry metrics) {
        this.observations = observations;
        this.indicators = indicators;
        this.representations = representations;
        this.representationVersion = representationVersion;
        this.metrics = metrics;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listObservations", summary = "Current value of each monitored year",
            description = "At most one item per year 2021-2025: the current revision with its revision count, or with "
                    + "asOf the value that was published on that date. Never more than five items, so never paged.")
    @APIResponse(responseCode = "200", description = "The observations",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationList.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "Indicator code", example = "fyp14-23") @PathParam("code") String code,
            @Parameter(description = "What was published on this date (ISO-8601 date or date-time)", example = "2024-06-30") @QueryParam("asOf") String asOf,
            @Parameter(description = "Only values recorded after this ISO-8601 date-time") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers, @Context UriInfo uri) {
        OffsetDateTime asOfTime = Params.asOf(asOf, "asOf");
        OffsetDateTime since = Params.since(updatedSince, "updatedSince");
        Format fmt = Format.of(format, headers);
        String etag = ETags.strong(indicators.require(code).version, "observations", code, asOfTime, since, fmt,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(
                new Page<>(observations.current(code, asOfTime, since), null), Set.of(), fmt, null, etag, uri));
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservation", summary = "Current value of one year",
            description = "Its ETag is what If-Match names when you revise the year's value.")
    @APIResponse(responseCode = "200", description = "The observation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Indicator code", example = "fyp14-23") @PathParam("code") String code,
            @Parameter(description = "Year 2021 to 2025", example = "2023") @PathParam("year") String year,
            @Parameter(description = "What was published on this date") @QueryParam("asOf") String asOf,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        int y = year(year);
        OffsetDateTime asOfTime = Params.asOf(asOf, "asOf");
        indicators.require(code);
        ObservationView observation = observations.current(code, y, asOfTime)
                .orElseThrow(() -> ProblemException.notFound("No value has been recorded for " + y
                        + (asOfTime == null ? "" : " as of " + asOf)));
        String etag = ObservationMapper.etag(observation, asOfTime, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(observation, null, etag));
    }

    @GET
    @Path("/{year}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listObservationRevisions", summary = "Revision history of one year",
            description = "Every value the year has had, newest first: who recorded it, when, the value it replaced, and why.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@Parameter(description = "Indicator code", example = "fyp14-23") @PathParam("code") String code,
            @Parameter(description = "Year 2021 to 2025", example = "2023") @PathParam("year") String year,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        int y = year(year);
        String etag = ETags.strong(indicators.require(code).version, "revisions", code, y, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> {
            List<RevisionView> items = observations.revisions(code, y);
            if (items.isEmpty()) {
                throw ProblemException.notFound("No value has been recorded for " + y);
            }
            return representations.json(new RevisionList(items), null, etag);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "plan-editor", "plan-admin" })
    @SecurityRequirement(name = "bearer", scopes = { "plan-editor" })
    @Operation(operationId = "recordObservation", summary = "Record a monitored value (role plan-editor)",
            description = "Records the value of one year with its provenance: `basis`, `source` (title, publisher, url, the "
                    + "phrase that states the figure, and publishedOn unless the source prints no date; not in the future) "
                    + "and `comparable` (false, with a `note` saying how, where the source measures something else: such a "
                    + "value is kept and served but never counted in progress). A missing one answers 400 naming it. "
                    + "If the year has a value, this is a revision: the old value stays "
                    + "in the history, `revisionReason` is required, and If-Match must carry the ETag of the year's observation "
                    + "(GET /api/v1/indicators/{code}/observations/{year}), so that no other editor's revision is lost: "
                    + "without it 428, with a stale one 412; `*` revises whatever the current value is. A first value "
                    + "takes no If-Match (with one, 412: there is no value to match). With Idempotency-Key, a retry "
                    + "returns the first response.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewObservation.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The year's observation", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response record(@Parameter(description = "Indicator code", example = "fyp14-23") @PathParam("code") String code,
            @Parameter(description = "For a revision, the ETag of the year's observation you last read; none for a first value") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Makes retries safe: the same key and body return the first response") @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewObservation body,
            @Context SecurityContext security) {
        IdempotencyStore.Outcome outcome = observations.record(code, body, ifMatch, security.getUserPrincipal().getName(),
                IdempotencyStore.validate(idempotencyKey));
        // counted once the transaction has committed: a create that fails to commit is no create
        metrics.counter("plan_observations_recorded_total", "replayed", Boolean.toString(outcome.replayed())).increment();
        return outcome.response().toResponse(outcome.replayed());
    }

    private static int year(String year) {
        try {
            int y = Integer.parseInt(year);
            if (y >= 2021 && y <= 2025) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("year", "must be a year between 2021 and 2025");
    }
}
