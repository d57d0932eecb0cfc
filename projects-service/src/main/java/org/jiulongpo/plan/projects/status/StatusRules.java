package org.jiulongpo.plan.projects.status;

import java.time.OffsetDateTime;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.project.ProjectStatus;

/**
 * The transitions a status update may make. Each refusal is a 409 naming its rule, so that a
 * reporting system can tell its user exactly what to fix.
 *
 * <ul>
 * <li>{@code completed-needs-100-percent}: a project is completed only at 100 percent.</li>
 * <li>{@code not-started-has-no-progress}: a project that has not started has 0 percent.</li>
 * <li>A report that states no percentage is checked by the rules that do not need one.</li>
 * <li>{@code reopen-needs-admin}: only plan-admin moves a completed or cancelled project to another status.</li>
 * <li>{@code progress-decrease-needs-admin}: only plan-admin lowers the progress (a correction).</li>
 * <li>{@code stale-report}: a report older than the latest one cannot become the current state.</li>
 * </ul>
 */
public final class StatusRules {

    private StatusRules() {
    }

    /**
     * {@code fromProgress} is null while the latest report gave none: nothing to fall from;
     * {@code toProgress} is null when this report states none.
     */
    public static void check(ProjectStatus from, Integer fromProgress, OffsetDateTime lastReportedAt, ProjectStatus to,
            Integer toProgress, OffsetDateTime reportedAt, boolean admin) {
        if (to == ProjectStatus.COMPLETED && toProgress != null && toProgress != 100) {
            throw ProblemException.conflict("completed-needs-100-percent",
                    "A project can only be completed at 100 percent; progressPercent is " + toProgress);
        }
        if (to == ProjectStatus.NOT_STARTED && toProgress != null && toProgress != 0) {
            throw ProblemException.conflict("not-started-has-no-progress",
                    "A project that has not started has 0 percent progress; progressPercent is " + toProgress);
        }
        boolean closed = from == ProjectStatus.COMPLETED || from == ProjectStatus.CANCELLED;
        if (closed && to != from && !admin) {
            throw ProblemException.conflict("reopen-needs-admin",
                    "The project is " + from.code() + "; only plan-admin can move it to " + to.code());
        }
        if (fromProgress != null && toProgress != null && toProgress < fromProgress && !admin) {
            throw ProblemException.conflict("progress-decrease-needs-admin",
                    "Progress would fall from " + fromProgress + " to " + toProgress
                            + " percent; only plan-admin can correct it downwards");
        }
        if (lastReportedAt != null && reportedAt.isBefore(lastReportedAt)) {
            throw ProblemException.conflict("stale-report", "This report (" + reportedAt
                    + ") is older than the latest one (" + lastReportedAt + ")");
        }
    }
}
