package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The current value of one year, with how many revisions it has had. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Observation", description = "The current (or as-of) value of one year")
public record ObservationView(
        @Schema(examples = "fyp14-23") String indicatorCode,
        @Schema(minimum = "2021", maximum = "2025", examples = "2023") int year,
        @Schema(examples = "41.2") BigDecimal value,
        ObservationStatus status,
        String source,
        String note,
        @Schema(description = "Revision number of this value (1 = first)", examples = "2") int revision,
        @Schema(description = "How many values this year has had", examples = "2") int revisionCount,
        @Schema(description = "Subject of the token that recorded it", examples = "stats-bureau") String recordedBy,
        OffsetDateTime recordedAt) {
}
