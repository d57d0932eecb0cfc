package org.jiulongpo.plan.projects.status.rest;

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
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.Outcome;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.status.service.StatusUpdateService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** A project's status updates: report one, read the append-only history. */
@Path("/api/v1/projects/{code}/status-updates")
@Tag(name = "Status updates", description = "Reported states of a project: append-only, guarded by If-Match so that no update is lost")
public class StatusUpdateResource {

    private final StatusUpdateService updates;
    private final ProjectService projects;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public StatusUpdateResource(StatusUpdateService updates, ProjectService projects, Representations representations,
            RepresentationVersion representationVersion) {
        this.updates = updates;
        this.projects = projects;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "project-reporter", "plan-admin" })
    @SecurityRequirement(name = "bearer", scopes = { "project-reporter" })
    @Operation(operationId = "reportStatusUpdate", summary = "Report a project's status (role project-reporter)",
            description = "Requires If-Match with the project's current ETag (from GET /api/v1/projects/{code}, or projectEtag "
                    + "of your previous update; any representation's tag of its current version): missing 428, stale or another "
                    + "project's 412, so no update is ever lost; `*` (RFC 9110) reports over whatever the current state is. Impossible transitions "
                    + "answer 409 naming the rule (completed-needs-100-percent, not-started-has-no-progress, reopen-needs-admin, "
                    + "progress-decrease-needs-admin, stale-report). With Idempotency-Key, a retry returns the first response.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewStatusUpdate.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The new status update", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusUpdateView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response report(@Parameter(description = "Project code", example = "transport-metro-line-19") @PathParam("code") String code,
            @Parameter(description = "The project's ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Makes retries safe: the same key and body return the first response") @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewStatusUpdate body,
            @Context SecurityContext security) {
        String key = IdempotencyStore.validate(idempotencyKey);
        String principal = security.getUserPrincipal().getName();
        boolean admin = security.isUserInRole("plan-admin");
        Outcome outcome = updates.report(code, body, ifMatch, principal, admin, key,
                IdempotencyStore.hash(representations.bytes(body)));
        return outcome.response().toResponse(outcome.replayed());
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listStatusUpdates", summary = "A project's status history, newest first",
            description = "Append-only: every update with who reported it and when.")
    @APIResponse(responseCode = "200", description = "A page of status updates",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusUpdatePage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response history(@Parameter(description = "Project code", example = "transport-metro-line-19") @PathParam("code") String code,
            @BeanParam HistoryPageParams query, @HeaderParam("If-None-Match") String ifNoneMatch, @Context UriInfo uri) {
        var since = query.since();
        int pageSize = query.pageSize();
        Long before = query.before();
        Format fmt = query.format();
        String etag = ETags.strong(projects.liveVersion(code), "status-updates", code, since, pageSize, before, fmt,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(
                updates.page(code, before, since, pageSize), Set.of(), fmt, null, etag, uri));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatusUpdate", summary = "One status update")
    @APIResponse(responseCode = "200", description = "The status update",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusUpdateView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response one(@Parameter(description = "Project code") @PathParam("code") String code,
            @Parameter(description = "Status update id", example = "17") @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        long updateId;
        try {
            updateId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("id", "must be a positive integer");
        }
        StatusUpdateView update = updates.one(code, updateId)
                .orElseThrow(() -> ProblemException.notFound("No status update " + updateId + " for this project"));
        // status updates never change: the id is a version of its own
        String etag = ETags.strong(update.id(), "status-update", representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(update, null, etag));
    }
}
