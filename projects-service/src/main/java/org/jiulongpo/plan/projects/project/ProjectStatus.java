package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a project stands, as last reported. {@code NOT_REPORTED} is no report at all: the plan
 * itself never says where a project stands, so nothing else is shown before a report.
 */
public enum ProjectStatus implements CodedValue {
    NOT_REPORTED("未报告", "Not reported"),
    NOT_STARTED("未开工", "Not started"),
    PRELIMINARY_WORK("前期工作", "Preliminary work"),
    UNDER_CONSTRUCTION("在建", "Under construction"),
    COMPLETED("已建成", "Completed"),
    SUSPENDED("暂停", "Suspended"),
    CANCELLED("已取消", "Cancelled");

    private final String labelZh;
    private final String labelEn;

    ProjectStatus(String labelZh, String labelEn) {
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
