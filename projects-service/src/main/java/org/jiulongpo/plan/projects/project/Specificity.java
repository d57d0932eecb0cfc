package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the plan names one particular thing or a collective, unnamed item. */
public enum Specificity implements CodedValue {
    NAMED("具名", "Named"),
    GENERIC("泛指(一批、未具名)", "Generic (collective or unnamed)");

    private final String labelZh;
    private final String labelEn;

    Specificity(String labelZh, String labelEn) {
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
