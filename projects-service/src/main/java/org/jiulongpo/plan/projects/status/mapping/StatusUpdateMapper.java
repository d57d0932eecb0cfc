package org.jiulongpo.plan.projects.status.mapping;

import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.rest.StatusReportSource;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;

/** A status update entity to the API's record. */
public final class StatusUpdateMapper {

    private StatusUpdateMapper() {
    }

    public static StatusUpdateView toView(StatusUpdate u) {
        return toView(u, null);
    }

    /** The answer to the create: with the project's new ETag, for If-Match on the next update. */
    public static StatusUpdateView created(StatusUpdate u, String projectEtag) {
        return toView(u, projectEtag);
    }

    private static StatusUpdateView toView(StatusUpdate u, String projectEtag) {
        return new StatusUpdateView(u.id, u.projectCode, u.status, u.previousStatus, u.progressPercent,
                u.previousProgressPercent, u.note, u.reportedAt, u.evidenceUrl, u.recordedBy, u.recordedAt,
                u.projectVersion, projectEtag, source(u), u.basis, u.revisionReason, u.recordedAt, u.comparable);
    }

    private static StatusReportSource source(StatusUpdate u) {
        return u.sourceUrl == null ? null
                : new StatusReportSource(u.sourceTitle, u.sourcePublisher, u.sourcePublishedOn, u.sourceUrl, u.sourcePhrase);
    }
}
