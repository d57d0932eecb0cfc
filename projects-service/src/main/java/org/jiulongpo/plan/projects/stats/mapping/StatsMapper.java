package org.jiulongpo.plan.projects.stats.mapping;

import org.jiulongpo.plan.projects.stats.rest.LatestUpdate;
import org.jiulongpo.plan.projects.status.StatusUpdate;

/** Entities to the records of the statistics. */
public final class StatsMapper {

    private StatsMapper() {
    }

    public static LatestUpdate toLatestUpdate(StatusUpdate u, String projectNameZh, String projectNameEn) {
        return new LatestUpdate(u.id, u.projectCode, projectNameZh, projectNameEn, u.status, u.previousStatus,
                u.progressPercent, u.reportedAt, u.recordedAt);
    }
}
