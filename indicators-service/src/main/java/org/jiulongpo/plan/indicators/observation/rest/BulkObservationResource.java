package org.jiulongpo.plan.indicators.observation.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.indicators.observation.mapping.BulkObservations;
import org.jiulongpo.plan.indicators.observation.mapping.BulkReader;
import org.jiulongpo.plan.indicators.observation.mapping.BulkResult;
import org.jiulongpo.plan.indicators.observation.service.BulkObservationService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Many observations at once, as JSON or as a CSV upload: the annual submissions. */
@Path("/api/v1/indicators/observations/bulk")
@Tag(name = "Observations")
public class BulkObservationResource {

    private final BulkObservationService bulk;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;

    public BulkObservationResource(BulkObservationService bulk, ObjectMapper mapper, MeterRegistry metrics) {
        this.bulk = bulk;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "plan-editor", "plan-admin" })
    @SecurityRequirement(name = "bearer", scopes = { "plan-editor" })
    @Operation(operationId = "recordObservationsInBulk", summary = "Record many monitored values at once (role plan-editor)",
            description = "Up to " + BulkReader.MAX_ROWS + " rows, each a NewObservation with its indicatorCode (and optionally "
                    + "unitZh, which must be the indicator's unit), as JSON `{\"items\": [...]}` or as a CSV upload "
                    + "(`text/csv`, UTF-8, a header row) with the columns of the observations' CSV export: indicatorCode, "
                    + "year, value, basis, comparable, note, source.title, source.publisher, source.publishedOn, "
                    + "source.url, source.phrase, plus unitZh and revisionReason; the export's read-only columns "
                    + "(revision, revisionCount, recordedBy, recordedAt, learnedAt) are ignored. The body is checked as a "
                    + "whole: any bad row (a constraint, an unknown or 13th-plan code, a wrong unit, a source dated in "
                    + "the future, a URL that is not http(s), two rows for one indicator and year, a revision without "
                    + "revisionReason) answers 400 with every error and its `row` (1 = the first item, or the first "
                    + "record after the CSV header), and nothing is written. Otherwise each row is `new` (the year's "
                    + "first value), `revised` (one new revision) or `unchanged` (the same value, basis, source, "
                    + "comparable and note as the current revision: nothing recorded). A row carries no If-Match: a "
                    + "dry run shows which years would be revised. With dryRun=true nothing is written and the answer "
                    + "says what would be. With Idempotency-Key, a retry of the same rows returns the first answer "
                    + "(dry runs claim no key). Bodies over 1 MiB answer 413.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkObservations.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 CSV, RFC 4180, header row of export columns")) })
    @APIResponse(responseCode = "200", description = "Recorded (or, with dryRun, what would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response submit(
            @Parameter(description = "true: check and answer what would change, write nothing", example = "true") @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Makes retries safe: the same key and rows return the first answer") @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Context HttpHeaders headers, InputStream stream, @Context SecurityContext security) throws IOException {
        boolean dry = dryRun(dryRun);
        // read as bytes, not bound by a JSON reader, so that each row's errors are found and named
        String body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        String key = IdempotencyStore.validate(idempotencyKey);
        MediaType type = headers.getMediaType();
        BulkReader.Rows rows = type != null && type.getSubtype().equals("csv") ? BulkReader.csv(body, mapper)
                : BulkReader.json(json(body), mapper);
        IdempotencyStore.Outcome outcome = bulk.submit(rows, dry, security.getUserPrincipal().getName(), key);
        metrics.counter("plan_observation_bulk_requests_total", "dry_run", Boolean.toString(dry), "replayed",
                Boolean.toString(outcome.replayed())).increment();
        return outcome.response().toResponse(outcome.replayed());
    }

    private JsonNode json(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not JSON");
        }
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalid("dryRun", "must be true or false");
    }
}
