package org.jiulongpo.plan.indicators.indicator;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell of the plan: {@code raw} exactly as printed, {@code value} the number it states
 * (null when it states none), {@code qualifier} for 左右 / 以上, {@code note} for non-numeric
 * cells such as 市级下达 and for readings of damaged text.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanValue(@org.eclipse.microprofile.openapi.annotations.media.Schema(minimum = "2020", maximum = "2025", examples = "2025") int year, BigDecimal value, String raw, Qualifier qualifier, String note) {

    public boolean hasNumber() {
        return value != null;
    }
}
