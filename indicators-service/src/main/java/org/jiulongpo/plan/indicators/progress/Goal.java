package org.jiulongpo.plan.indicators.progress;

/** What progress is measured against: the plan's baseline and target, read the indicator's way. */
public record Goal(ValueType valueType, Direction direction, Attribute attribute, PlanValue baseline,
        PlanValue target) {
}
