package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a 14th-plan indicator stands against its trajectory to the 2025 target. */
public enum ProgressStatus implements CodedValue {
    ACHIEVED("已实现", "Achieved"),
    ON_TRACK("进度正常", "On track"),
    AT_RISK("存在风险", "At risk"),
    OFF_TRACK("进度滞后", "Off track"),
    NO_DATA("暂无数据", "No data"),
    NOT_QUANTIFIED("未量化", "Not quantified");

    private final String labelZh;
    private final String labelEn;

    ProgressStatus(String labelZh, String labelEn) {
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
