package org.jiulongpo.plan.indicators.observation.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one bulk row did (or, in a dry run, would do). */
@Schema(name = "BulkObservationRowResult")
public record RowResult(
        @Schema(description = "1 = the first item, or the first record after the CSV header", examples = "1") int row,
        @Schema(examples = "fyp14-p12") String indicatorCode,
        @Schema(examples = "2022") int year,
        @Schema(description = "new: the year's first value; revised: a new revision; unchanged: the same as the current revision, nothing recorded")
        RowOutcome outcome,
        @Schema(description = "The year's revision after the row (for unchanged, the current one)", examples = "1") int revision) {
}
