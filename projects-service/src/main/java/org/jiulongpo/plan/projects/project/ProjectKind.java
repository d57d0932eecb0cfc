package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of item a row of a project column lists (docs/data/projects.md, "Kind"). */
public enum ProjectKind implements CodedValue {
    CONSTRUCTION("建设工程", "Construction work"),
    PROGRAMME("计划、方案或常态措施", "Programme, plan or recurring measure"),
    AREA("区域、街区或园区", "Zone, street or area"),
    TASK("合作任务、活动或政策行动", "Cooperative task, event or policy action");

    private final String labelZh;
    private final String labelEn;

    ProjectKind(String labelZh, String labelEn) {
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
