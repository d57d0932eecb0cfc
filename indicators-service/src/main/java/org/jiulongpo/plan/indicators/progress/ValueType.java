package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of number the plan's cells hold. */
public enum ValueType implements CodedValue {
    LEVEL("水平值", "Level in the given year"),
    ANNUAL_LEVEL("每年水平值", "Level to hold in every year of the period"),
    ANNUAL_AVERAGE_GROWTH("五年年均增速", "Five-year annual average growth"),
    FIVE_YEAR_CUMULATIVE("五年累计数", "Five-year cumulative total"),
    RATIO("比值", "Ratio (x:1)");

    private final String labelZh;
    private final String labelEn;

    ValueType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @JsonValue
    @Override
    public String code() {
        return CodedValue.wire(this);
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
