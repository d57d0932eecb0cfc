package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a printed value binds: 左右 (approx), > / 以上 / 不低于 (at least), 近 (nearly: a little below). */
public enum Qualifier implements CodedValue {
    APPROX("左右", "Approximately"),
    AT_LEAST("以上", "At least"),
    NEARLY("近", "Nearly (a little below)");

    private final String labelZh;
    private final String labelEn;

    Qualifier(String labelZh, String labelEn) {
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
