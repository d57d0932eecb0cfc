package org.jiulongpo.plan.projects.status.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The schema of one row of a bulk submission: a status report as {@link NewStatusUpdate} takes
 * it, plus the project it is about. The rows are read as JSON trees (StatusBatchInput) and
 * checked one by one, so that every row's errors are reported together.
 */
@Schema(name = "StatusBatchRow", description = "One status report of a bulk submission: the fields of NewStatusUpdate and projectCode")
public record StatusBatchRow(
        @Schema(examples = "transport-bridge-tunnel-baishiyi-tunnel", required = true) String projectCode,
        @Schema(description = "As in NewStatusUpdate", examples = "under_construction", required = true) String status,
        @Schema(description = "As in NewStatusUpdate", minimum = "0", maximum = "100") Integer progressPercent,
        String note,
        @Schema(required = true) OffsetDateTime reportedAt,
        String evidenceUrl,
        @Schema(required = true) StatusReportSource source,
        @Schema(examples = "final", required = true) String basis,
        String revisionReason,
        Boolean comparable) {

    /** A row's field as errors name it: rows count from 1 in the order of the body. */
    public static String field(int row, String field) {
        return field == null || field.isEmpty() ? "rows[" + row + "]" : "rows[" + row + "]." + field;
    }
}
