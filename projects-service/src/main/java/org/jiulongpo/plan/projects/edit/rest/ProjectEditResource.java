package org.jiulongpo.plan.projects.edit.rest;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.edit.service.ProjectEditService;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.rest.ProjectView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Definition edits of a project: merge patch and soft delete, both under If-Match. */
@Path("/api/v1/projects")
@Tag(name = "Projects")
public class ProjectEditResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ProjectEditService edits;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ProjectEditResource(ProjectEditService edits, Representations representations,
            RepresentationVersion representationVersion) {
        this.edits = edits;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @PATCH
    @Path("/{code}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("plan-admin")
    @SecurityRequirement(name = "bearer", scopes = { "plan-admin" })
    @Operation(operationId = "editProject", summary = "Edit a project's definition (role plan-admin)",
            description = "JSON merge patch (RFC 7396) of nameZh, nameEn, locationZh, locationEn, latitude, longitude: "
                    + "a field set to null is cleared (names cannot be). Requires If-Match with the project's ETag. "
                    + "The change feed reports the edit.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProjectEdit.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectEdit.class)) })
    @APIResponse(responseCode = "200", description = "The edited project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response edit(@Parameter(description = "Project code", example = "water-reservoir-yinshanhu") @PathParam("code") String code,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Accept-Language") String acceptLanguage,
            Map<String, Object> patch) {
        if (patch == null || patch.isEmpty()) {
            throw ProblemException.invalid("body", "must be a JSON object with at least one editable field");
        }
        Lang lang = Lang.resolve(acceptLanguage);
        ProjectView project = edits.edit(code, ifMatch, patch, lang);
        return representations.item(project, Set.of(), lang,
                ProjectMapper.etag(project.code(), project.version(), Set.of(), lang, representationVersion.get()));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("plan-admin")
    @SecurityRequirement(name = "bearer", scopes = { "plan-admin" })
    @Operation(operationId = "removeProject", summary = "Remove a project (role plan-admin)",
            description = "Soft delete: the project leaves lists and answers 410 Gone; its history stays, and the change "
                    + "feed reports a tombstone. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response remove(@Parameter(description = "Project code") @PathParam("code") String code,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch) {
        edits.remove(code, ifMatch);
        return Response.noContent().build();
    }
}
