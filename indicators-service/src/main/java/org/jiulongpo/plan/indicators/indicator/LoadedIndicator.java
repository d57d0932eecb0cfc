package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.indicators.progress.OutcomeAssessor;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.Progress;

/**
 * An indicator with its plan values and what its current observations make of them: progress
 * (fyp14) or the assessment of the 2020 outcome (fyp13).
 */
public record LoadedIndicator(Indicator indicator, PlanValue baseline, PlanValue target, PlanValue outcome,
        Progress progress, OutcomeAssessor.Result assessment) {
}
