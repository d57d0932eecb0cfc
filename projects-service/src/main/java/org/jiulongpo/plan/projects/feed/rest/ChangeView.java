package org.jiulongpo.plan.projects.feed.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.changelog.ChangeKind;
import org.jiulongpo.plan.projects.changelog.ProjectSnapshot;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One change: what happened to which project, and the project as it stood afterwards. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change")
public record ChangeView(
        ChangeKind kind,
        @Schema(examples = "transport-metro-line-19") String projectCode,
        @Schema(description = "The project's version after the change; apply a change only if newer than what you hold", examples = "4") long projectVersion,
        OffsetDateTime occurredAt,
        @Schema(description = "The project after the change; for a removal a tombstone {code, deleted: true, deletedAt}") ProjectSnapshot project,
        @Schema(description = "For status_update changes: the update") StatusUpdateView statusUpdate) {
}
