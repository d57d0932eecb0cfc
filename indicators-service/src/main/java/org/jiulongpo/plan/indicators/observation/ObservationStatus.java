package org.jiulongpo.plan.indicators.observation;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a monitored value is provisional or final (统计快报 vs 统计年鉴). */
public enum ObservationStatus implements CodedValue {
    PROVISIONAL("初步数", "Provisional"),
    FINAL("最终数", "Final");

    private final String labelZh;
    private final String labelEn;

    ObservationStatus(String labelZh, String labelEn) {
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
