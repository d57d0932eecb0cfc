package org.jiulongpo.plan.projects.status.rest;

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
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.Outcome;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.status.rest.StatusBatchInput.Rows;
import org.jiulongpo.plan.projects.status.service.StatusBatchService;

import com.fasterxml.jackson.databind.ObjectMapper;

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

/** Many status reports in one request: an annual submission, or the public record. */
@Path("/api/v1/projects/status-updates/bulk")
@Tag(name = "Status updates")
public class StatusBatchResource {

    private final StatusBatchService batches;
    private final ObjectMapper mapper;

    public StatusBatchResource(StatusBatchService batches, ObjectMapper mapper) {
        this.batches = batches;
        this.mapper = mapper;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "project-reporter", "plan-admin" })
    @SecurityRequirement(name = "bearer", scopes = { "project-reporter" })
    @Operation(operationId = "submitStatusUpdates", summary = "Report many projects' status at once (role project-reporter)",
            description = "One to 1000 status reports (the row limit; a body is at most 1 MiB, 413 over it), "
                    + "as JSON ({\"items\": [...]}, each item a NewStatusUpdate with projectCode) or as CSV (text/csv, UTF-8, "
                    + "header row; the columns of the status-update CSV export: projectCode, status, progressPercent, note, "
                    + "reportedAt, evidenceUrl, source.title, source.publisher, source.publishedOn, source.url, source.phrase, "
                    + "basis, revisionReason, comparable; the export's server-set columns are ignored; a reportedAt of a date "
                    + "alone is that day 00:00 at +08:00). Checked as a whole: every row's errors, named rows[n].field with rows "
                    + "counted from 1 in body order, come in one 400, and nothing is written unless every row passes. A row is "
                    + "refused for what a single report is refused for (fields, dates, a source date in the future, a URL that "
                    + "is not http(s)), for a project that does not exist, for a second row of the same project and reportedAt, "
                    + "and for a transition the status rules refuse (rows[n].status names the rule), the rows of a project "
                    + "applying in body order. No If-Match: the projects are locked and checked in the transaction. A row equal "
                    + "to a report already recorded (project, reportedAt, status, progressPercent, source.url, basis, "
                    + "comparable) is unchanged and not recorded again. dryRun=true answers the same without writing. With "
                    + "Idempotency-Key a retry returns the first answer; the same key with another body is 422.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusBatch.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "200", description = "Recorded, or (dryRun) what would be recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusBatchResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response submit(
            @Parameter(description = "true: check every row and answer what would change, writing nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Makes retries safe: the same key and body return the first response") @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Context HttpHeaders headers, byte[] body, @Context SecurityContext security) {
        boolean dry = dryRun(dryRun);
        String key = IdempotencyStore.validate(idempotencyKey);
        boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(new MediaType("text", "csv"));
        Rows rows = csv ? StatusBatchInput.csv(body) : StatusBatchInput.json(mapper, body);
        // the media type is part of what was sent: the same bytes as JSON and as CSV are two requests
        byte[] kind = (csv ? "csv\n" : "json\n").getBytes(StandardCharsets.UTF_8);
        byte[] hashed = new byte[kind.length + body.length];
        System.arraycopy(kind, 0, hashed, 0, kind.length);
        System.arraycopy(body, 0, hashed, kind.length, body.length);
        Outcome outcome = batches.submit(rows, dry, security.getUserPrincipal().getName(),
                security.isUserInRole("plan-admin"), key, IdempotencyStore.hash(hashed));
        return outcome.response().toResponse(outcome.replayed());
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
