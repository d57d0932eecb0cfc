package org.jiulongpo.plan.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    static PlanValue cell(int year, String value) {
        return new PlanValue(year, value == null ? null : new BigDecimal(value), value == null ? "" : value, null, null, null);
    }

    static PlanValue cell(int year, String value, Qualifier qualifier) {
        return new PlanValue(year, new BigDecimal(value), value, qualifier, null, null);
    }

    static Goal level(String baseline, String target, Direction direction) {
        return new Goal(ValueType.LEVEL, direction, Attribute.EXPECTED, cell(2020, baseline), cell(2025, target));
    }

    static SortedMap<Integer, BigDecimal> obs(Object... yearValue) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            map.put((Integer) yearValue[i], new BigDecimal(yearValue[i + 1].toString()));
        }
        return map;
    }

    @Test
    void linearTrajectoryFromBaselineToTarget() {
        // 专栏2 row 3: 38 -> 50 万元/人
        Progress p = ProgressCalculator.evaluate(level("38", "50", Direction.INCREASE), obs());
        assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(p.trajectory()).extracting(Progress.Point::expected).extracting(BigDecimal::toPlainString)
                .containsExactly("38", "40.4", "42.8", "45.2", "47.6", "50");
    }

    @Test
    void increaseDirection() {
        Goal goal = level("38", "50", Direction.INCREASE);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "43")).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "42.8")).status()).isEqualTo(ProgressStatus.ON_TRACK);
        // expected 42.8 in 2022; the span is 12, so up to 1.2 behind is at risk
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "41.7")).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "41.5")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2023, "50.5")).status()).isEqualTo(ProgressStatus.ACHIEVED);
        Progress missed = ProgressCalculator.evaluate(goal, obs(2024, "49", 2025, "49.9"));
        assertThat(missed.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(missed.latest().year()).isEqualTo(2025);
        assertThat(missed.progressRatio()).isEqualByComparingTo("0.9917");
    }

    @Test
    void decreaseDirectionAndRatios() {
        // 专栏2 row 10: 城乡居民收入比 1.92:1 -> 1.9:1, lower is better
        Goal goal = new Goal(ValueType.RATIO, Direction.DECREASE, Attribute.EXPECTED, cell(2020, "1.92"),
                cell(2025, "1.9"));
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "1.915")).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "1.917")).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "1.93")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2024, "1.89")).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "1.91")).progressRatio()).isEqualByComparingTo("0.5");
        assertThat(ProgressCalculator.evaluate(goal, obs()).formula()).contains("expected(y) = 1.92");
    }

    @Test
    void bindingIndicatorsBehindAreFlaggedAsBreachRisk() {
        // 专栏2 row 24: 亿元地区生产总值安全事故死亡率 0.028 -> 0.025, binding, lower is better
        Goal goal = new Goal(ValueType.LEVEL, Direction.DECREASE, Attribute.BINDING, cell(2020, "0.028"),
                cell(2025, "0.025"));
        Progress behind = ProgressCalculator.evaluate(goal, obs(2023, "0.03"));
        assertThat(behind.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(behind.breachRisk()).isTrue();
        assertThat(ProgressCalculator.evaluate(goal, obs(2023, "0.026")).breachRisk()).isFalse();
        Goal expected = new Goal(ValueType.LEVEL, Direction.DECREASE, Attribute.EXPECTED, cell(2020, "0.028"),
                cell(2025, "0.025"));
        assertThat(ProgressCalculator.evaluate(expected, obs(2023, "0.03")).breachRisk()).isFalse();
    }

    @Test
    void approximateTargetsAreMetWithinFivePercent() {
        Goal goal = new Goal(ValueType.LEVEL, Direction.INCREASE, Attribute.EXPECTED, cell(2020, "30"),
                cell(2025, "40", Qualifier.APPROX));
        assertThat(ProgressCalculator.evaluate(goal, obs(2025, "38.1")).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ProgressCalculator.evaluate(goal, obs(2025, "37.9")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void growthTargetsUseTheRunningAverage() {
        // 专栏2 row 1: 地区生产总值年均增速 6* (average 2021-2025)
        Goal goal = new Goal(ValueType.ANNUAL_AVERAGE_GROWTH, Direction.INCREASE, Attribute.EXPECTED,
                cell(2020, "6.5"), cell(2025, "6"));
        Progress p = ProgressCalculator.evaluate(goal, obs(2021, "8", 2022, "4.5"));
        assertThat(p.latest().runningAverage()).isEqualByComparingTo("6.25");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(p.progressRatio()).isEqualByComparingTo("1.0417");
        assertThat(p.trajectory().get(1).expected()).isEqualByComparingTo("6");
        assertThat(p.trajectory().get(2).runningAverage()).isEqualByComparingTo("6.25");
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "5.5")).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2021, "4")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        Progress done = ProgressCalculator.evaluate(goal, obs(2021, "6", 2022, "6", 2023, "6", 2024, "6", 2025, "6.1"));
        assertThat(done.status()).isEqualTo(ProgressStatus.ACHIEVED);
        Progress missed = ProgressCalculator.evaluate(goal, obs(2021, "6", 2022, "6", 2023, "6", 2024, "6", 2025, "5.5"));
        assertThat(missed.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void cumulativeTargetsStartFromZero() {
        // 累计完成固定资产投资总额3000亿元 (2021-2025)
        Goal goal = new Goal(ValueType.FIVE_YEAR_CUMULATIVE, Direction.INCREASE, Attribute.EXPECTED,
                cell(2020, "3500"), cell(2025, "3000"));
        Progress p = ProgressCalculator.evaluate(goal, obs(2022, "1250"));
        assertThat(p.trajectory().get(2).expected()).isEqualByComparingTo("1200");
        assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(p.progressRatio()).isEqualByComparingTo("0.4167");
        assertThat(ProgressCalculator.evaluate(goal, obs(2025, "3010")).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void missingDataAndUnquantifiedTargets() {
        Goal municipal = new Goal(ValueType.LEVEL, Direction.INCREASE, Attribute.BINDING,
                new PlanValue(2020, null, "市级下达", null, null, null), new PlanValue(2025, null, "市级下达", null, null, "市级下达"));
        Progress p = ProgressCalculator.evaluate(municipal, obs(2022, "3"));
        assertThat(p.status()).isEqualTo(ProgressStatus.NOT_QUANTIFIED);
        assertThat(p.breachRisk()).isFalse();
        assertThat(p.explanationZh()).contains("市级下达");
        Goal noBaseline = new Goal(ValueType.LEVEL, Direction.INCREASE, Attribute.EXPECTED, null, cell(2025, "900"));
        assertThat(ProgressCalculator.evaluate(noBaseline, obs()).status()).isEqualTo(ProgressStatus.NO_DATA);
        Progress partial = ProgressCalculator.evaluate(noBaseline, obs(2023, "850"));
        assertThat(partial.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(partial.progressRatio()).isNull();
        assertThat(partial.explanationEn()).contains("no 2020 baseline");
        assertThat(ProgressCalculator.evaluate(noBaseline, obs(2023, "901")).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void flatTargetsAreHeld() {
        // 专栏2 row 21: 地表水达到或好于Ⅲ类比例 100% -> 100%
        Goal goal = level("100", "100", Direction.INCREASE);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "100")).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "99.5")).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressCalculator.evaluate(goal, obs(2022, "95")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void annualLevelsAreJudgedEachYearAgainstTheLevel() {
        // 第四十四章 fyp14-p42: 确保每年城镇新增就业稳定在3万人左右, the 2020 figure 4 is no starting point
        Goal jobs = new Goal(ValueType.ANNUAL_LEVEL, Direction.INCREASE, Attribute.EXPECTED, cell(2020, "4"),
                cell(2025, "3", Qualifier.APPROX));
        assertThat(ProgressCalculator.evaluate(jobs, obs()).status()).isEqualTo(ProgressStatus.NO_DATA);
        Progress steady = ProgressCalculator.evaluate(jobs, obs(2021, "3.1", 2022, "2.9"));
        assertThat(steady.status()).isEqualTo(ProgressStatus.ON_TRACK);
        // every year's expected value is the level itself, not a line from 4 down to 3
        assertThat(steady.trajectory()).filteredOn(point -> point.year() > 2020).extracting(Progress.Point::expected)
                .extracting(BigDecimal::toPlainString).containsExactly("3", "3", "3", "3", "3");
        assertThat(steady.trajectory().get(0).expected()).isNull();
        assertThat(steady.progressRatio()).isEqualByComparingTo("0.9667");
        // a path from 4 to 3 would call 3.5 in 2021 behind; as a yearly level it is met
        assertThat(ProgressCalculator.evaluate(jobs, obs(2021, "3.5")).status()).isEqualTo(ProgressStatus.ON_TRACK);
        Progress missed = ProgressCalculator.evaluate(jobs, obs(2021, "3", 2022, "2.5", 2023, "3.2"));
        assertThat(missed.status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(missed.explanationEn()).contains("missed in 2022");
        assertThat(missed.explanationZh()).contains("2022年未达到每年目标3");
        assertThat(ProgressCalculator.evaluate(jobs, obs(2022, "2.8")).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(ProgressCalculator.evaluate(jobs, obs(2022, "2.6")).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        Progress all = ProgressCalculator.evaluate(jobs, obs(2021, "3", 2022, "3", 2023, "3", 2024, "3", 2025, "2.9"));
        assertThat(all.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ProgressCalculator.evaluate(jobs, obs(2021, "2", 2022, "3", 2023, "3", 2024, "3", 2025, "3")).status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(all.formula()).startsWith("each year y of 2021..2025: observed(y) ≥ 3 (左右: within 5%)");
    }
}
