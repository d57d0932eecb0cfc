package org.jiulongpo.plan.common.codes;

/** A coded enum as the services declare theirs. */
enum Stage implements CodedValue {
    PLANNED("规划", "Planned"), UNDER_CONSTRUCTION("在建", "Under construction"), COMPLETED("建成", "Completed");

    private final String labelZh;
    private final String labelEn;

    Stage(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

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
