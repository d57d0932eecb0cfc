package org.jiulongpo.plan.projects.changelog.mapping;

import org.jiulongpo.plan.projects.changelog.ProjectSnapshot;
import org.jiulongpo.plan.projects.project.Project;

/** A project entity to the snapshot a change carries. */
public final class SnapshotMapper {

    private SnapshotMapper() {
    }

    public static ProjectSnapshot toSnapshot(Project p) {
        if (p.deletedAt != null) {
            return new ProjectSnapshot(p.code, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, p.updatedAt, p.version, true, p.deletedAt);
        }
        return new ProjectSnapshot(p.code, p.nameZh, p.nameEn, p.sector.code(), p.subcategoryCode, p.kind.code(),
                p.specificity.code(), p.planStage.code(),
                p.locationZh, p.locationEn, p.latitude, p.longitude, p.status.code(), p.progressPercent,
                p.lastReportedAt, p.updatedAt, p.version, null, null);
    }
}
