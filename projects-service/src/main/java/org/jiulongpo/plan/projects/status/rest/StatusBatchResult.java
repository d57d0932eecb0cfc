package org.jiulongpo.plan.projects.status.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a bulk submission did, or (dry run) would do, row by row. */
@Schema(name = "StatusBatchResult")
public record StatusBatchResult(
        @Schema(description = "true: nothing was written; the items say what would have happened") boolean dryRun,
        @Schema(description = "Rows that are (or would be) recorded as new reports", examples = "11") int created,
        @Schema(description = "Rows equal to a report already recorded: no new report", examples = "0") int unchanged,
        List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatusBatchItem")
    public record Item(
            @Schema(description = "The row's number, from 1 in the order of the body", examples = "1") int row,
            String projectCode,
            @Schema(description = "new: recorded (dry run: would be); unchanged: equal to the report statusUpdateId, not recorded again",
                    enumeration = { "new", "unchanged" }) String outcome,
            @Schema(description = "The report recorded, or the equal report already there; absent for new rows of a dry run") Long statusUpdateId) {
    }
}
