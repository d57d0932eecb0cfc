package org.jiulongpo.plan.projects.status.rest;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.status.service.StatusUpdateService;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Status updates of all projects, newest first: what a dashboard's "latest updates" shows. */
@Path("/api/v1/projects/status-updates")
@Tag(name = "Status updates")
public class AllStatusUpdatesResource {

    private final StatusUpdateService updates;
    private final ProjectService projects;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public AllStatusUpdatesResource(StatusUpdateService updates, ProjectService projects,
            Representations representations, RepresentationVersion representationVersion) {
        this.updates = updates;
        this.projects = projects;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listAllStatusUpdates", summary = "Status updates of all projects, newest first")
    @APIResponse(responseCode = "200", description = "A page of status updates",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusUpdatePage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(@BeanParam HistoryPageParams query, @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri) {
        var since = query.since();
        int pageSize = query.pageSize();
        Long before = query.before();
        Format fmt = query.format();
        String etag = ETags.strong(projects.dataVersion(), "all-status-updates", since, pageSize, before, fmt,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(
                updates.page(null, before, since, pageSize), Set.of(), fmt, null, etag, uri));
    }
}
