package org.jiulongpo.plan.projects.changelog;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a change-feed entry reports. */
public enum ChangeKind implements CodedValue {
    STATUS_UPDATE("状态更新", "Status update"),
    EDIT("项目信息修改", "Definition edited"),
    REMOVAL("项目移除", "Removed");

    private final String labelZh;
    private final String labelEn;

    ChangeKind(String labelZh, String labelEn) {
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
