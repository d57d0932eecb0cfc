package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of a new observation (or a revision of a year that has one). */
@Schema(name = "NewObservation", description = "A monitored value for one year of the 14th plan")
public record NewObservation(
        @Schema(description = "Year 2021 to 2025", examples = "2023", required = true)
        @NotNull @Min(value = 2021, message = "must be between 2021 and 2025") @Max(value = 2025, message = "must be between 2021 and 2025")
        Integer year,
        @Schema(description = "The value in the indicator's unit (a ratio 1.9:1 is 1.9; a percentage 96.5% is 96.5), at most 6 decimal places", examples = "41.2", required = true)
        @NotNull @DecimalMin(value = "-1e13", message = "must be between -10^13 and 10^13")
        @DecimalMax(value = "1e13", message = "must be between -10^13 and 10^13")
        @Digits(integer = 14, fraction = 6, message = "must have at most 6 decimal places")
        BigDecimal value,
        @Schema(description = "provisional (default) or final", examples = "provisional")
        @Pattern(regexp = "provisional|final", message = "must be provisional or final")
        String status,
        @Schema(description = "Where the value comes from", examples = "九龙坡区统计局《2023年国民经济和社会发展统计公报》")
        @Size(max = 500) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String source,
        @Schema(description = "Anything a reader should know", examples = "含高新区直管园")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String note,
        @Schema(description = "Why this value replaces the current one; required when the year already has a value", examples = "统计年鉴终核数")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String reason) {
}
