package org.jiulongpo.plan.projects.stats.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.stats.service.StatsService;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The projects at a glance: counts and the latest status updates. */
@Path("/api/v1/projects/stats")
@Tag(name = "Projects")
public class StatsResource {

    private final StatsService stats;
    private final ProjectService projects;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public StatsResource(StatsService stats, ProjectService projects, Representations representations,
            RepresentationVersion representationVersion) {
        this.stats = stats;
        this.projects = projects;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProjectStats", summary = "Counts by sector × status and by plan stage, and the latest updates")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stats.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response stats(
            @Parameter(description = "How many of the latest status updates to include, 0 to 50 (default 5)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "50")) @QueryParam("latest") String latest,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        int latestCount = PageLimit.bounded(latest, "latest", 5, 0, 50);
        String etag = ETags.strong(projects.dataVersion(), "stats", latestCount, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(stats.stats(latestCount), null, etag));
    }
}
