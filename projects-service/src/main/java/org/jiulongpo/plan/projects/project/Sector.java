package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The plan column a project comes from. */
public enum Sector implements CodedValue {
    TRANSPORT("交通(专栏4)", "Transport (column 4)"),
    ENERGY("能源(专栏5)", "Energy (column 5)"),
    WATER("水资源(专栏6)", "Water (column 6)"),
    EDUCATION("教育(专栏17)", "Education (column 17)");

    private final String labelZh;
    private final String labelEn;

    Sector(String labelZh, String labelEn) {
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
