package org.jiulongpo.plan.indicators.progress;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell of the plan: {@code raw} exactly as printed, {@code value} the number it states
 * (null when it states none), {@code qualifier} for 左右 / 以上 / 近, {@code valueType} the kind of
 * number the cell holds (the indicator's, unless the cell is of another kind, like a 2016-2020
 * total given as a 2020 baseline), {@code note} for non-numeric cells such as 市级下达 and for
 * readings of damaged text. Every field is always present, null
 * included, so that "the plan states no number" is explicit.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PlanValue", description = "A cell of the plan table (or a value stated in the prose), as printed and as read")
public record PlanValue(
        @Schema(minimum = "2020", maximum = "2025", examples = "2025") int year,
        @Schema(description = "The number the cell states; null when it states none (e.g. 市级下达)", nullable = true, examples = "50") BigDecimal value,
        @Schema(description = "The cell exactly as printed; empty when the cell is empty", examples = "50") String raw,
        @Schema(description = "approx for 左右, at_least for > / 以上 / 不低于, nearly for 近; null otherwise", nullable = true) Qualifier qualifier,
        @Schema(description = "The kind of number the cell holds: the indicator's valueType, unless the cell holds another kind (e.g. the 2016-2020 five-year total that fyp14-p15 takes as its 2020 baseline)", nullable = true) ValueType valueType,
        @Schema(description = "Non-numeric cells (市级下达), footnotes applied (*, #) and readings of damaged text", nullable = true) String note) {

    public boolean hasNumber() {
        return value != null;
    }
}
