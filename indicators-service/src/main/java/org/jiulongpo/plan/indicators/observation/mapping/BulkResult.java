package org.jiulongpo.plan.indicators.observation.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a bulk submission: per row what it did, or with dryRun what it would do. */
@Schema(name = "BulkObservationResult")
public record BulkResult(
        @Schema(description = "true: nothing was written") boolean dryRun,
        @Schema(examples = "11") int rows,
        @JsonProperty("new") @Schema(examples = "9") int created,
        @Schema(examples = "1") int revised,
        @Schema(examples = "1") int unchanged,
        List<RowResult> items) {
}
