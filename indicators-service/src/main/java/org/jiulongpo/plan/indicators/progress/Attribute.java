package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The plan's 属性 column: whether a target is a forecast or an obligation. */
public enum Attribute implements CodedValue {
    EXPECTED("预期性", "Expected (indicative)"),
    BINDING("约束性", "Binding (obligatory)");

    private final String labelZh;
    private final String labelEn;

    Attribute(String labelZh, String labelEn) {
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
