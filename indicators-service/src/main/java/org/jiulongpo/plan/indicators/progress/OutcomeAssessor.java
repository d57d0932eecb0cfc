package org.jiulongpo.plan.indicators.progress;

/**
 * Whether a 13th-plan target was met by the 2020 outcome the 14th plan reports.
 *
 * <ul>
 * <li>No number in either cell: {@code not_assessable}.</li>
 * <li>Direction decides what "met" means ({@code decrease}: outcome ≤ target).</li>
 * <li>A 左右 target is met within {@value ProgressCalculator#APPROX_SHARE} of it.</li>
 * <li>A 左右 outcome stands for a range: the printed number ± {@value ProgressCalculator#APPROX_SHARE}
 * of the target. When that range holds values that meet the target and values that do not (专栏1
 * row 18: 40左右 is 37.96 to 42.04 against the binding 40.8), the question cannot be settled:
 * {@code not_assessable} rather than a guess, whatever the attribute, and the explanation gives
 * the range.</li>
 * </ul>
 */
public final class OutcomeAssessor {

    public record Result(Assessment assessment, String explanationZh, String explanationEn) {
    }

    private OutcomeAssessor() {
    }

    public static Result assess(Direction direction, PlanValue target, PlanValue outcome) {
        if (target == null || !target.hasNumber() || outcome == null || !outcome.hasNumber()) {
            return new Result(Assessment.NOT_ASSESSABLE, "目标或完成值不是数值,无法评估。",
                    "The target or the outcome is not a number, so it cannot be assessed.");
        }
        double t = target.value().doubleValue();
        double o = outcome.value().doubleValue();
        double band = Math.abs(t) * ProgressCalculator.APPROX_SHARE;
        double low = o - band;
        double high = o + band;
        double best = direction == Direction.DECREASE ? low : high;
        double worst = direction == Direction.DECREASE ? high : low;
        if (outcome.qualifier() == Qualifier.APPROX && meets(direction, best, t, 0) && !meets(direction, worst, t, 0)) {
            String range = ProgressCalculator.fmt(low) + "–" + ProgressCalculator.fmt(high);
            String share = ProgressCalculator.fmt(ProgressCalculator.APPROX_SHARE * 100) + "%";
            return new Result(Assessment.NOT_ASSESSABLE,
                    "完成值为约数(" + outcome.raw() + "),按规则读作上下各浮动目标值的" + share + "(±"
                            + ProgressCalculator.fmt(band) + "),即" + range + ";该区间跨越目标" + target.raw()
                            + ",既可能完成也可能未完成,故无法评估。",
                    "The outcome is approximate (" + outcome.raw() + "): by rule it stands for the range of ± "
                            + share + " of the target (± " + ProgressCalculator.fmt(band) + "), " + range
                            + ", which holds values both meeting and missing the target " + target.raw()
                            + ", so whether it was met cannot be told.");
        }
        double slack = target.qualifier() == Qualifier.APPROX ? band : 0;
        boolean met = meets(direction, o, t, slack);
        String verbZh = direction == Direction.DECREASE ? "不高于" : "不低于";
        String verbEn = direction == Direction.DECREASE ? "at or below" : "at or above";
        return met
                ? new Result(Assessment.MET, "完成值" + outcome.raw() + verbZh + "目标" + target.raw() + "。",
                        "The outcome " + outcome.raw() + " is " + verbEn + " the target " + target.raw() + ".")
                : new Result(Assessment.NOT_MET, "完成值" + outcome.raw() + "未达到目标" + target.raw() + "。",
                        "The outcome " + outcome.raw() + " falls short of the target " + target.raw() + ".");
    }

    private static boolean meets(Direction direction, double o, double t, double slack) {
        return direction == Direction.DECREASE ? o <= t + slack + 1e-9 : o >= t - slack - 1e-9;
    }
}
