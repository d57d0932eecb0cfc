package org.jiulongpo.plan.indicators.progress;

import org.jiulongpo.plan.indicators.indicator.Attribute;
import org.jiulongpo.plan.indicators.indicator.Direction;
import org.jiulongpo.plan.indicators.indicator.PlanValue;
import org.jiulongpo.plan.indicators.indicator.ValueType;

/** What progress is measured against: the plan's baseline and target, read the indicator's way. */
public record Goal(ValueType valueType, Direction direction, Attribute attribute, PlanValue baseline,
        PlanValue target) {
}
