package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way is better: {@code decrease} where a lower value is the goal (e.g. 城乡居民收入比). */
public enum Direction implements CodedValue {
    INCREASE("越高越好", "Higher is better"),
    DECREASE("越低越好", "Lower is better");

    private final String labelZh;
    private final String labelEn;

    Direction(String labelZh, String labelEn) {
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
