package org.jiulongpo.plan.indicators.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Judges a 14th-plan indicator against its target. Pure: the same goal and observations give
 * the same answer, whatever the date.
 *
 * <ul>
 * <li>Levels, ratios and five-year cumulative totals follow a straight line from the 2020
 * baseline (0 for cumulative totals) to the 2025 target: expected(y) = B + (T − B)·(y − 2020)/5.</li>
 * <li>Annual levels (每年……稳定在3万人左右) are a level to hold in every year, not a path: each
 * observed year 2021..2025 is judged against the target itself. {@code achieved}: every year
 * through 2025 meets it; {@code on_track}: every year so far meets it; {@code at_risk}: a year
 * missed it, but the latest is short by at most {@value #AT_RISK_SHARE} of the target (or meets
 * it); {@code off_track}: the latest is further short, or 2025 is in and a year missed it.</li>
 * <li>Annual-average-growth targets are judged by the running average of the observed annual
 * growth rates, which must keep at or above the target every year.</li>
 * <li>{@code achieved}: the latest value meets the target (growth targets: only with the 2025
 * value in). {@code on_track}: at or better than the expected value of its year.
 * {@code at_risk}: behind by at most {@value #AT_RISK_SHARE} of the baseline-to-target span (of the
 * target itself times {@value #FLAT_TARGET_SHARE} when the target holds the baseline).
 * {@code off_track}: further behind, or 2025 is in and the target is missed. Direction decides what
 * "better" means; a 左右 target is met within {@value #APPROX_SHARE} of it.</li>
 * </ul>
 */
public final class ProgressCalculator {

    public static final int BASE_YEAR = 2020;
    public static final int TARGET_YEAR = 2025;
    /** How far behind the expected value still counts as at risk rather than off track (share of the span). */
    public static final double AT_RISK_SHARE = 0.10;
    /** For a target equal to its baseline: how far below still counts as at risk (share of the target). */
    public static final double FLAT_TARGET_SHARE = 0.01;
    /** How close to a 左右 (approximate) value counts as meeting it (share of the value). */
    public static final double APPROX_SHARE = 0.05;

    private ProgressCalculator() {
    }

    public static Progress evaluate(Goal goal, SortedMap<Integer, BigDecimal> observations) {
        PlanValue target = goal.target();
        if (target == null || !target.hasNumber()) {
            String why = target != null && target.note() != null ? target.note() : "no number in the plan";
            String whyZh = target != null && target.note() != null ? target.note() : "规划未给出数值";
            return new Progress(ProgressStatus.NOT_QUANTIFIED, false, null, null, List.of(),
                    "none: the 2025 target is not a number",
                    "2025年目标未量化(" + whyZh + "),无法测算进度。",
                    "The 2025 target is not quantified (" + why + "), so progress cannot be measured.");
        }
        return switch (goal.valueType()) {
            case ANNUAL_AVERAGE_GROWTH -> growth(goal, observations);
            case ANNUAL_LEVEL -> everyYear(goal, observations);
            default -> path(goal, observations);
        };
    }

    private static Progress everyYear(Goal goal, SortedMap<Integer, BigDecimal> observations) {
        double t = goal.target().value().doubleValue();
        String formula = "each year y of 2021..2025: observed(y) " + cmp(goal) + " " + fmt(t)
                + (goal.target().qualifier() == Qualifier.APPROX ? " (左右: within " + fmt(APPROX_SHARE * 100) + "%)" : "")
                + "; achieved when every year through 2025 meets it; progress = latest / " + fmt(t);
        List<Progress.Point> trajectory = new ArrayList<>();
        trajectory.add(new Progress.Point(BASE_YEAR, null, observations.get(BASE_YEAR), null));
        List<Integer> missed = new ArrayList<>();
        for (int year = BASE_YEAR + 1; year <= TARGET_YEAR; year++) {
            BigDecimal observed = observations.get(year);
            trajectory.add(new Progress.Point(year, round(t), observed, null));
            if (observed != null && !meets(goal, observed.doubleValue(), t)) {
                missed.add(year);
            }
        }
        SortedMap<Integer, BigDecimal> period = observations.subMap(BASE_YEAR + 1, TARGET_YEAR + 1);
        if (period.isEmpty()) {
            return noData(trajectory, formula);
        }
        int year = period.lastKey();
        double v = period.get(year).doubleValue();
        Progress.Point latest = new Progress.Point(year, round(t), period.get(year), null);
        BigDecimal ratio = goal.direction() == Direction.DECREASE ? (v != 0 ? round(t / v) : null)
                : (t != 0 ? round(v / t) : null);
        double shortBy = goal.direction() == Direction.DECREASE ? v - t : t - v;
        String missedZh = missed.stream().map(y -> y + "年").collect(Collectors.joining("、"));
        String missedEn = missed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        ProgressStatus status;
        String zh;
        String en;
        if (missed.isEmpty()) {
            status = year >= TARGET_YEAR ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
            zh = "2021年至" + year + "年已有数据的各年均达到每年目标" + fmt(t) + "。";
            en = "Every year with data from 2021 to " + year + " meets the yearly target " + fmt(t) + ".";
        } else if (year >= TARGET_YEAR || missed.contains(year) && shortBy > AT_RISK_SHARE * Math.max(Math.abs(t), 1e-9)) {
            status = ProgressStatus.OFF_TRACK;
            zh = missedZh + "未达到每年目标" + fmt(t) + "(" + year + "年值" + fmt(v) + ")。";
            en = "The yearly target " + fmt(t) + " was missed in " + missedEn + " (" + year + ": " + fmt(v) + ").";
        } else {
            status = ProgressStatus.AT_RISK;
            zh = missedZh + "未达到每年目标" + fmt(t) + ",最近一年(" + year + "年" + fmt(v) + ")差距在容许范围内或已达到。";
            en = "The yearly target " + fmt(t) + " was missed in " + missedEn + "; the latest year (" + year + ": "
                    + fmt(v) + ") is within the at-risk band or meets it.";
        }
        return new Progress(status, breach(goal, status), ratio, latest, trajectory, formula, zh, en);
    }

    private static Progress path(Goal goal, SortedMap<Integer, BigDecimal> observations) {
        double t = goal.target().value().doubleValue();
        boolean cumulative = goal.valueType() == ValueType.FIVE_YEAR_CUMULATIVE;
        Double b = cumulative ? Double.valueOf(0)
                : goal.baseline() != null && goal.baseline().hasNumber() ? goal.baseline().value().doubleValue() : null;

        List<Progress.Point> trajectory = new ArrayList<>();
        for (int year = BASE_YEAR; year <= TARGET_YEAR; year++) {
            BigDecimal expected = b == null ? null : round(expected(b, t, year));
            trajectory.add(new Progress.Point(year, expected, observations.get(year), null));
        }
        String formula = b == null
                ? "achieved when latest " + cmp(goal) + " target (" + fmt(t) + "); no baseline, so no trajectory"
                : "expected(y) = " + fmt(b) + " + (" + fmt(t) + " − " + fmt(b) + ") × (y − 2020) / 5; "
                        + "progress = (latest − " + fmt(b) + ") / (" + fmt(t) + " − " + fmt(b) + ")";
        if (observations.isEmpty()) {
            return noData(trajectory, formula);
        }
        int year = observations.lastKey();
        double v = observations.get(year).doubleValue();
        Progress.Point latest = new Progress.Point(year, b == null ? null : round(expected(b, t, year)),
                observations.get(year), null);

        BigDecimal ratio = b == null ? null
                : t != b ? round((v - b) / (t - b)) : BigDecimal.valueOf(meets(goal, v, t) ? 1 : 0);
        ProgressStatus status;
        String zh;
        String en;
        if (meets(goal, v, t)) {
            status = ProgressStatus.ACHIEVED;
            zh = year + "年值" + fmt(v) + "已达到2025年目标" + fmt(t) + "。";
            en = "The " + year + " value " + fmt(v) + " meets the 2025 target " + fmt(t) + ".";
        } else if (year >= TARGET_YEAR) {
            status = ProgressStatus.OFF_TRACK;
            zh = "2025年值" + fmt(v) + "未达到目标" + fmt(t) + "。";
            en = "The 2025 value " + fmt(v) + " misses the target " + fmt(t) + ".";
        } else if (b == null) {
            status = ProgressStatus.AT_RISK;
            zh = "规划未给出2020年基期值,无法描绘进度轨迹;" + year + "年值" + fmt(v) + "尚未达到目标" + fmt(t) + "。";
            en = "The plan gives no 2020 baseline, so no trajectory can be drawn; the " + year + " value "
                    + fmt(v) + " has not reached the target " + fmt(t) + " yet.";
        } else {
            double e = expected(b, t, year);
            // a target that holds the baseline (100% -> 100%) has no span: 1% of it is the at-risk band
            double tolerance = Math.abs(t - b) > 0 ? AT_RISK_SHARE * Math.abs(t - b)
                    : FLAT_TARGET_SHARE * Math.max(Math.abs(t), 1e-9);
            double behind = goal.direction() == Direction.DECREASE ? v - e : e - v;
            if (behind <= 1e-9) {
                status = ProgressStatus.ON_TRACK;
                zh = year + "年值" + fmt(v) + "不落后于进度线上的" + fmt(e) + "。";
                en = "The " + year + " value " + fmt(v) + " is at or ahead of the expected " + fmt(e) + ".";
            } else if (behind <= tolerance) {
                status = ProgressStatus.AT_RISK;
                zh = year + "年值" + fmt(v) + "略落后于进度线上的" + fmt(e) + "(在容许范围内)。";
                en = "The " + year + " value " + fmt(v) + " is slightly behind the expected " + fmt(e)
                        + " (within the at-risk band).";
            } else {
                status = ProgressStatus.OFF_TRACK;
                zh = year + "年值" + fmt(v) + "明显落后于进度线上的" + fmt(e) + "。";
                en = "The " + year + " value " + fmt(v) + " is well behind the expected " + fmt(e) + ".";
            }
        }
        return new Progress(status, breach(goal, status), ratio, latest, trajectory, formula, zh, en);
    }

    private static Progress growth(Goal goal, SortedMap<Integer, BigDecimal> observations) {
        double t = goal.target().value().doubleValue();
        String formula = "running average = mean of the observed annual growth rates 2021..y; "
                + "on track while it " + cmp(goal) + " " + fmt(t) + "; progress = running average / " + fmt(t);
        List<Progress.Point> trajectory = new ArrayList<>();
        double sum = 0;
        int n = 0;
        trajectory.add(new Progress.Point(BASE_YEAR, null, observations.get(BASE_YEAR), null));
        for (int year = BASE_YEAR + 1; year <= TARGET_YEAR; year++) {
            BigDecimal observed = observations.get(year);
            BigDecimal running = null;
            if (observed != null) {
                sum += observed.doubleValue();
                n++;
            }
            if (n > 0 && (observed != null || year <= lastKeyOr(observations))) {
                running = round(sum / n);
            }
            trajectory.add(new Progress.Point(year, round(t), observed, running));
        }
        if (observations.isEmpty()) {
            return noData(trajectory, formula);
        }
        int year = observations.lastKey();
        double avg = observations.values().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        Progress.Point latest = new Progress.Point(year, round(t), observations.get(year), round(avg));
        BigDecimal ratio = t != 0 ? round(avg / t) : null;
        ProgressStatus status;
        String zh;
        String en;
        if (meets(goal, avg, t)) {
            status = year >= TARGET_YEAR ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
            zh = "截至" + year + "年平均增速" + fmt(avg) + (year >= TARGET_YEAR ? "达到" : "不低于") + "目标" + fmt(t) + "。";
            en = "The average growth through " + year + ", " + fmt(avg) + ", "
                    + (year >= TARGET_YEAR ? "meets" : "keeps pace with") + " the target " + fmt(t) + ".";
        } else {
            double behind = Math.abs(t - avg);
            boolean atRisk = year < TARGET_YEAR && behind <= AT_RISK_SHARE * Math.max(Math.abs(t), 1e-9);
            status = atRisk ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
            zh = "截至" + year + "年平均增速" + fmt(avg) + (atRisk ? "略低于" : "低于") + "目标" + fmt(t) + "。";
            en = "The average growth through " + year + ", " + fmt(avg) + ", is " + (atRisk ? "slightly " : "")
                    + "below the target " + fmt(t) + ".";
        }
        return new Progress(status, breach(goal, status), ratio, latest, trajectory, formula, zh, en);
    }

    private static int lastKeyOr(SortedMap<Integer, BigDecimal> observations) {
        return observations.isEmpty() ? Integer.MIN_VALUE : observations.lastKey();
    }

    private static Progress noData(List<Progress.Point> trajectory, String formula) {
        return new Progress(ProgressStatus.NO_DATA, false, null, null, trajectory, formula,
                "尚无2021年以来的监测数据。", "No observation since 2021 has been recorded yet.");
    }

    private static boolean breach(Goal goal, ProgressStatus status) {
        return goal.attribute() == Attribute.BINDING
                && (status == ProgressStatus.AT_RISK || status == ProgressStatus.OFF_TRACK);
    }

    static double expected(double b, double t, int year) {
        return b + (t - b) * (year - BASE_YEAR) / (double) (TARGET_YEAR - BASE_YEAR);
    }

    /** Whether {@code v} meets {@code t} in the indicator's direction, with 左右 as a tolerance. */
    static boolean meets(Goal goal, double v, double t) {
        double slack = goal.target().qualifier() == Qualifier.APPROX ? Math.abs(t) * APPROX_SHARE : 0;
        return goal.direction() == Direction.DECREASE ? v <= t + slack + 1e-9 : v >= t - slack - 1e-9;
    }

    private static String cmp(Goal goal) {
        return goal.direction() == Direction.DECREASE ? "≤" : "≥";
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String fmt(double value) {
        return round(value).toPlainString();
    }
}
