package org.jiulongpo.plan.projects.stats.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectStats", description = "Counts of live projects")
public record Stats(
        @Schema(description = "sector → status → count; every sector and status is present, zeros included; not_reported counts the projects without any status report") Map<String, Map<String, Long>> bySectorAndStatus,
        @Schema(description = "planStage (what the plan commits to, not progress) → count; every stage present") Map<String, Long> byPlanStage,
        @Schema(description = "sector → count") Map<String, Long> bySector,
        @Schema(description = "Live projects", examples = "487") long total,
        @Schema(description = "When any project last changed") OffsetDateTime lastUpdatedAt,
        @Schema(description = "The latest status updates of all projects, newest first, with the project's names") List<LatestUpdate> latestUpdates) {
}
