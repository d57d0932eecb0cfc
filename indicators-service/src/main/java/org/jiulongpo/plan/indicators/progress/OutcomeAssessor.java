package org.jiulongpo.plan.indicators.progress;

/**
 * Whether a 13th-plan target was met by the 2020 outcome the 14th plan reports.
 *
 * <ul>
 * <li>No number in either cell: {@code not_assessable}.</li>
 * <li>Direction decides what "met" means ({@code decrease}: outcome ≤ target).</li>
 * <li>A 左右 target is met within {@value ProgressCalculator#APPROX_SHARE} of it.</li>
 * <li>A 左右 outcome that lies within that same band of the target cannot settle the question:
 * {@code not_assessable} rather than a guess.</li>
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
        if (outcome.qualifier() == Qualifier.APPROX && Math.abs(o - t) <= band && !meets(direction, o - band, t, 0)) {
            return new Result(Assessment.NOT_ASSESSABLE,
                    "完成值为约数(" + outcome.raw() + "),与目标" + target.raw() + "过于接近,无法判断是否完成。",
                    "The outcome is approximate (" + outcome.raw() + ") and too close to the target "
                            + target.raw() + " to tell whether it was met.");
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
