package org.jiulongpo.plan.projects.feed.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.projects.feed.service.ChangeFeedService;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The change feed, for mobile delta sync and integrators. */
@Path("/api/v1/projects/changes")
@Tag(name = "Changes", description = "What changed, in order: keep the cursor and never miss or double-count a change")
public class ChangeFeedResource {

    private final ChangeFeedService feed;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ChangeFeedResource(ChangeFeedService feed, Representations representations,
            RepresentationVersion representationVersion) {
        this.feed = feed;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProjectChanges", summary = "Changes since a cursor",
            description = "Status updates, definition edits and removals (tombstones), in commit order. Start without since "
                    + "(from the beginning), then pass the nextCursor of each answer as since. nextCursor is always present; "
                    + "hasMore says whether to ask again at once. Each item carries the project as it stood after the change "
                    + "and its version, so applying changes is idempotent.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response changes(
            @Parameter(description = "The nextCursor of the previous answer; absent: from the beginning") @QueryParam("since") String since,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        long after = since == null ? 0 : Cursors.longPart(Cursors.decode(since, 1, "since"), 0, "since");
        int pageSize = PageLimit.resolve(limit);
        // the feed is append-only: a page changes only when something is appended after it
        String etag = ETags.strong(feed.lastSeq(), "changes", after, pageSize, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(feed.page(after, pageSize), null, etag));
    }
}
