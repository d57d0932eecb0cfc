package org.jiulongpo.plan.projects.stats.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.project.ProjectStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A status update with its project's names, as a dashboard's "latest updates" lists it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LatestStatusUpdate")
public record LatestUpdate(@Schema(examples = "17") long id, @Schema(examples = "transport-metro-line-19") String projectCode,
        @Schema(examples = "轨道19号线") String projectNameZh, @Schema(examples = "Rail Transit Line 19") String projectNameEn,
        ProjectStatus status,
        ProjectStatus previousStatus,
        @Schema(description = "Absent when the report stated no percentage", minimum = "0", maximum = "100", examples = "35") Integer progressPercent, OffsetDateTime reportedAt, OffsetDateTime recordedAt) {
}
