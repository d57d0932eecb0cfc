package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the plan commits to for 2021-2025, read from its own verb. */
public enum PlanStage implements CodedValue {
    PRELIMINARY_WORK("开展前期工作", "Preliminary work"),
    START_CONSTRUCTION("开工建设", "Start construction"),
    ADVANCE_CONSTRUCTION("加快推进建设", "Advance construction"),
    COMPLETE("完成建设", "Complete"),
    IMPLEMENT("实施(新建、扩建、改造等)", "Implement (build, expand, rebuild)"),
    DEVELOP("打造、培育(非建设阶段)", "Develop (make or grow; no construction stage)"),
    PROMOTE("推动、促进(不建设任何设施的行动)", "Promote (an action that builds nothing)");

    private final String labelZh;
    private final String labelEn;

    PlanStage(String labelZh, String labelEn) {
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
