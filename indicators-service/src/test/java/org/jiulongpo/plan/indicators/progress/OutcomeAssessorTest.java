package org.jiulongpo.plan.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiulongpo.plan.indicators.progress.ProgressCalculatorTest.cell;

import org.junit.jupiter.api.Test;

class OutcomeAssessorTest {

    @Test
    void increaseAndDecrease() {
        // 专栏1 row 8: 万人发明专利拥有量 18 -> 25.8
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "18"), cell(2020, "25.8")).assessment())
                .isEqualTo(Assessment.MET);
        // 专栏1 row 4: 规模以上工业总产值 2100 -> 1244.0
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "2100"), cell(2020, "1244.0")).assessment())
                .isEqualTo(Assessment.NOT_MET);
        // 专栏1 row 12: 城乡居民人均可支配收入比 1.85:1 -> 1.92:1, lower is better
        assertThat(OutcomeAssessor.assess(Direction.DECREASE, cell(2020, "1.85"), cell(2020, "1.92")).assessment())
                .isEqualTo(Assessment.NOT_MET);
        assertThat(OutcomeAssessor.assess(Direction.DECREASE, cell(2020, "1.95"), cell(2020, "1.92")).assessment())
                .isEqualTo(Assessment.MET);
    }

    @Test
    void qualifiers() {
        // 专栏1 row 1: 10左右* -> 6.5*
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "10", Qualifier.APPROX), cell(2020, "6.5"))
                .assessment()).isEqualTo(Assessment.NOT_MET);
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "10", Qualifier.APPROX), cell(2020, "9.6"))
                .assessment()).isEqualTo(Assessment.MET);
        // 专栏1 row 14.1: >80 -> 83.8
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "80", Qualifier.AT_LEAST), cell(2020, "83.8"))
                .assessment()).isEqualTo(Assessment.MET);
        // 专栏1 row 18: 森林覆盖率 40.8 -> 40左右: too close to call
        OutcomeAssessor.Result forest = OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "40.8"),
                cell(2020, "40", Qualifier.APPROX));
        assertThat(forest.assessment()).isEqualTo(Assessment.NOT_ASSESSABLE);
        assertThat(forest.explanationEn()).contains("approximate").contains("37.96–42.04").contains("40.8");
        assertThat(forest.explanationZh()).contains("37.96–42.04").contains("无法评估");
        // the same rule when lower is better: a 左右 outcome whose range straddles the target settles nothing
        assertThat(OutcomeAssessor.assess(Direction.DECREASE, cell(2020, "1.9"), cell(2020, "1.92", Qualifier.APPROX))
                .assessment()).isEqualTo(Assessment.NOT_ASSESSABLE);
        assertThat(OutcomeAssessor.assess(Direction.DECREASE, cell(2020, "1.9"), cell(2020, "2.2", Qualifier.APPROX))
                .assessment()).isEqualTo(Assessment.NOT_MET);
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "30"), cell(2020, "40", Qualifier.APPROX))
                .assessment()).isEqualTo(Assessment.MET);
    }

    @Test
    void emptyCellsCannotBeAssessed() {
        // 专栏1 row 16: CO2 reduction, outcome not computed per district
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, cell(2020, "16"),
                new PlanValue(2020, null, "", null, null, "表中此格为空")).assessment()).isEqualTo(Assessment.NOT_ASSESSABLE);
        assertThat(OutcomeAssessor.assess(Direction.INCREASE, null, cell(2020, "3")).assessment())
                .isEqualTo(Assessment.NOT_ASSESSABLE);
    }
}
