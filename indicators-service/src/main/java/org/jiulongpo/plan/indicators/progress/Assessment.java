package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a 13th-plan target was met by its 2020 outcome. */
public enum Assessment implements CodedValue {
    MET("完成", "Met"),
    NOT_MET("未完成", "Not met"),
    NOT_ASSESSABLE("无法评估", "Not assessable");

    private final String labelZh;
    private final String labelEn;

    Assessment(String labelZh, String labelEn) {
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
