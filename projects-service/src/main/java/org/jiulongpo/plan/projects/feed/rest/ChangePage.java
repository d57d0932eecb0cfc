package org.jiulongpo.plan.projects.feed.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in commit order. nextCursor is always present: keep it and pass it as since to continue")
public record ChangePage(List<ChangeView> items,
        @Schema(description = "Where to continue from; on the last page, where to resume polling") String nextCursor,
        @Schema(description = "True when more changes are ready now") boolean hasMore) {
}
