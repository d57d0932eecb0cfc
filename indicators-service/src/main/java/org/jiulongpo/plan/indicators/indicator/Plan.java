package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five-year plan an indicator belongs to. */
public enum Plan implements CodedValue {
    FYP13("“十三五”规划", "13th Five-Year Plan (2016-2020)"),
    FYP14("“十四五”规划", "14th Five-Year Plan (2021-2025)");

    private final String labelZh;
    private final String labelEn;

    Plan(String labelZh, String labelEn) {
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
