package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a year's history: who changed it, when, from what to what, why, and from which source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ObservationRevision")
public record RevisionView(
        @Schema(examples = "2") int revision,
        @Schema(description = "The value this revision replaced; absent for the first", examples = "40.9") BigDecimal previousValue,
        @Schema(examples = "41.2") BigDecimal value,
        ObservationStatus basis,
        @Schema(description = "Absent only on values recorded before a source was required (migration V11)") ObservationSource source,
        boolean comparable,
        String note,
        @Schema(description = "Why this revision replaced the value before it") String revisionReason,
        String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "When the API learned this value (server time)") OffsetDateTime learnedAt) {
}
