package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a year's history: who changed it, when, from what to what, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ObservationRevision")
public record RevisionView(
        @Schema(examples = "2") int revision,
        @Schema(description = "The value this revision replaced; absent for the first", examples = "40.9") BigDecimal previousValue,
        @Schema(examples = "41.2") BigDecimal value,
        ObservationStatus status,
        String source,
        String note,
        String reason,
        String recordedBy,
        OffsetDateTime recordedAt) {
}
