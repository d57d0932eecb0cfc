package org.jiulongpo.plan.projects.status.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.project.ProjectStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a project's status history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusUpdate")
public record StatusUpdateView(
        @Schema(examples = "17") long id,
        @Schema(examples = "transport-rail-yukun-hsr") String projectCode,
        ProjectStatus status,
        @Schema(description = "not_reported on the first report of a project") ProjectStatus previousStatus,
        @Schema(description = "Absent when the report stated no percentage", minimum = "0", maximum = "100", examples = "35") Integer progressPercent,
        @Schema(description = "Absent on the first report of a project: no progress had been reported", minimum = "0", maximum = "100", examples = "20") Integer previousProgressPercent,
        String note,
        OffsetDateTime reportedAt,
        String evidenceUrl,
        @Schema(description = "Subject of the token that reported it", examples = "district-transport-bureau") String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "The project's version after this update") long projectVersion,
        @Schema(description = "Only in the answer to a create: the project's new ETag, for If-Match on the next update", examples = "\"v3-1a2b3c4d-5e6f7a8b9c0d\"") String projectEtag,
        @Schema(description = "The source that states this status; absent on reports recorded before a source was required") StatusReportSource source,
        @Schema(description = "provisional or final; absent with source", examples = "final") String basis,
        String revisionReason,
        @Schema(description = "When the API learned of this report (the server's clock): the same instant as recordedAt") OffsetDateTime learnedAt,
        @Schema(description = "false: the source speaks of something other than the project as planned (see note); the report did not change the project's status or progress. Absent with source") Boolean comparable) {
}
