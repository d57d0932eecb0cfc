package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of a bulk submission: a NewObservation with the indicator it is for, and optionally the
 * unit the submitter means, checked against the indicator's. The constraints are NewObservation's.
 */
@Schema(name = "ObservationRow", description = "A NewObservation with its indicator code (and, optionally, its unit, which must be the indicator's)")
public record ObservationRow(
        @Schema(examples = "fyp14-p12", required = true) String indicatorCode,
        @Schema(description = "If given, must be the indicator's unit as printed (unitZh)", examples = "亿元") String unitZh,
        @Schema(minimum = "2021", maximum = "2025", examples = "2022", required = true) Integer year,
        @Schema(examples = "29129.03", required = true) BigDecimal value,
        @Schema(description = "provisional or final", examples = "provisional", required = true) String basis,
        @Schema(required = true) ObservationSource source,
        @Schema(examples = "false", required = true) Boolean comparable,
        @Schema(description = "Required when comparable is false") String note,
        @Schema(description = "Required when the year already has a different value") String revisionReason) {

    public NewObservation observation() {
        return new NewObservation(year, value, basis, source, comparable, note, revisionReason);
    }
}
