package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of record of the plan an indicator is. Heading rows are served (their # sub-rows
 * point to them) but are not indicators: no assessment, and no aggregate counts them.
 */
public enum IndicatorKind implements CodedValue {
    TABLE_ROW("指标表行", "A row of an indicator table (专栏1, 专栏2)"),
    TABLE_HEADING("指标表标题行", "A heading row of 专栏1 that only groups its # sub-rows"),
    PROSE_TARGET("正文量化目标", "A quantified target stated outside the indicator tables");

    private final String labelZh;
    private final String labelEn;

    IndicatorKind(String labelZh, String labelEn) {
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
