package org.jiulongpo.plan.projects.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    static final OffsetDateTime T1 = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");
    static final OffsetDateTime T2 = T1.plusDays(30);

    static void refused(String rule, ProjectStatus from, int fromP, ProjectStatus to, int toP, OffsetDateTime at,
            boolean admin) {
        assertThatThrownBy(() -> StatusRules.check(from, fromP, T1, to, toP, at, admin))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().rule())
                        .isEqualTo(rule));
    }

    @Test
    void ordinaryProgressIsAllowed() {
        assertThatCode(() -> StatusRules.check(ProjectStatus.NOT_STARTED, 0, null, ProjectStatus.UNDER_CONSTRUCTION, 10,
                T1, false)).doesNotThrowAnyException();
        assertThatCode(() -> StatusRules.check(ProjectStatus.UNDER_CONSTRUCTION, 90, T1, ProjectStatus.COMPLETED, 100,
                T2, false)).doesNotThrowAnyException();
        assertThatCode(() -> StatusRules.check(ProjectStatus.COMPLETED, 100, T1, ProjectStatus.COMPLETED, 100, T2,
                false)).as("re-confirming a completed project is not a reopening").doesNotThrowAnyException();
        assertThatCode(() -> StatusRules.check(ProjectStatus.UNDER_CONSTRUCTION, 50, T1, ProjectStatus.SUSPENDED, 50,
                T1, false)).as("same reported time is not stale").doesNotThrowAnyException();
    }

    @Test
    void aFirstReportHasNoProgressToFallFrom() {
        assertThatCode(() -> StatusRules.check(ProjectStatus.NOT_REPORTED, null, null, ProjectStatus.NOT_STARTED, 0,
                T1, false)).doesNotThrowAnyException();
        assertThatCode(() -> StatusRules.check(ProjectStatus.NOT_REPORTED, null, null, ProjectStatus.UNDER_CONSTRUCTION,
                35, T1, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StatusRules.check(ProjectStatus.NOT_REPORTED, null, null, ProjectStatus.NOT_STARTED, 5,
                T1, false)).isInstanceOf(ProblemException.class);
    }

    @Test
    void eachRuleRefusesWithItsName() {
        refused("completed-needs-100-percent", ProjectStatus.UNDER_CONSTRUCTION, 50, ProjectStatus.COMPLETED, 99, T2, true);
        refused("not-started-has-no-progress", ProjectStatus.NOT_STARTED, 0, ProjectStatus.NOT_STARTED, 1, T2, true);
        refused("reopen-needs-admin", ProjectStatus.COMPLETED, 100, ProjectStatus.UNDER_CONSTRUCTION, 100, T2, false);
        refused("reopen-needs-admin", ProjectStatus.CANCELLED, 10, ProjectStatus.PRELIMINARY_WORK, 10, T2, false);
        refused("progress-decrease-needs-admin", ProjectStatus.UNDER_CONSTRUCTION, 50, ProjectStatus.UNDER_CONSTRUCTION,
                40, T2, false);
        refused("stale-report", ProjectStatus.UNDER_CONSTRUCTION, 50, ProjectStatus.UNDER_CONSTRUCTION, 60,
                T1.minusDays(1), false);
    }

    @Test
    void adminMayReopenAndCorrectDownwards() {
        assertThatCode(() -> StatusRules.check(ProjectStatus.COMPLETED, 100, T1, ProjectStatus.UNDER_CONSTRUCTION, 80,
                T2, true)).doesNotThrowAnyException();
    }

    @Test
    void aReportThatStatesNoPercentageIsCheckedByTheOtherRules() {
        assertThatCode(() -> StatusRules.check(ProjectStatus.NOT_REPORTED, null, null, ProjectStatus.COMPLETED, null,
                T1, false)).as("completed, the source giving no figure").doesNotThrowAnyException();
        assertThatCode(() -> StatusRules.check(ProjectStatus.UNDER_CONSTRUCTION, 60, T1, ProjectStatus.UNDER_CONSTRUCTION,
                null, T2, false)).as("no figure is no decrease").doesNotThrowAnyException();
        assertThatThrownBy(() -> StatusRules.check(ProjectStatus.COMPLETED, null, T1, ProjectStatus.UNDER_CONSTRUCTION,
                null, T2, false)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().rule()).isEqualTo("reopen-needs-admin"));
        assertThatThrownBy(() -> StatusRules.check(ProjectStatus.UNDER_CONSTRUCTION, null, T2, ProjectStatus.UNDER_CONSTRUCTION,
                null, T1, false)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().rule()).isEqualTo("stale-report"));
    }
}
