package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The current value of one year, with its provenance and how many revisions it has had. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Observation", description = "The current (or as-of) value of one year")
public record ObservationView(
        @Schema(examples = "fyp14-23") String indicatorCode,
        @Schema(minimum = "2021", maximum = "2025", examples = "2023") int year,
        @Schema(examples = "41.2") BigDecimal value,
        @Schema(description = "provisional or final") ObservationStatus basis,
        @Schema(description = "Absent only on values recorded before a source was required (migration V11: test or sample values)")
        ObservationSource source,
        @Schema(description = "Whether the value measures what the indicator measures; only comparable values count in progress")
        boolean comparable,
        String note,
        @Schema(description = "Revision number of this value (1 = first)", examples = "2") int revision,
        @Schema(description = "How many values this year has had", examples = "2") int revisionCount,
        @Schema(description = "Subject of the token that recorded it", examples = "stats-bureau") String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "When the API learned this value (server time): the instant this revision was recorded")
        OffsetDateTime learnedAt) {
}
