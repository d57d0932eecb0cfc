package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of a new observation (or a revision of a year that has one), with its provenance. */
@Schema(name = "NewObservation", description = "A monitored value for one year of the 14th plan, with where it was published")
public record NewObservation(
        @Schema(description = "Year 2021 to 2025", examples = "2023", required = true)
        @NotNull(message = "is required") @Min(value = 2021, message = "must be between 2021 and 2025") @Max(value = 2025, message = "must be between 2021 and 2025")
        Integer year,
        @Schema(description = "The value in the indicator's unit (a ratio 1.9:1 is 1.9; a percentage 96.5% is 96.5), at most 6 decimal places", examples = "41.2", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "-1e13", message = "must be between -10^13 and 10^13")
        @DecimalMax(value = "1e13", message = "must be between -10^13 and 10^13")
        @Digits(integer = 14, fraction = 6, message = "must have at most 6 decimal places")
        BigDecimal value,
        @Schema(description = "provisional (初步核算, a figure the statistics can still revise) or final", examples = "provisional", required = true)
        @NotNull(message = "is required") @Pattern(regexp = "provisional|final", message = "must be provisional or final")
        String basis,
        @Schema(required = true)
        @NotNull(message = "is required") @Valid ObservationSource source,
        @Schema(description = "false where the source's definition differs from the indicator's (current against comparable "
                + "prices, one year against a five-year average, a city figure against a district one); `note` then says how. "
                + "A value that is not comparable is kept and served but never counted in progress", examples = "true", required = true)
        @NotNull(message = "is required") Boolean comparable,
        @Schema(description = "Anything a reader should know; required when comparable is false", examples = "含高新区直管园")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String note,
        @Schema(description = "Why this value replaces the current one; required when the year already has a value", examples = "统计年鉴终核数")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String revisionReason) {
}
