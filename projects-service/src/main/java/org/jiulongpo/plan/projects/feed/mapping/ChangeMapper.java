package org.jiulongpo.plan.projects.feed.mapping;

import org.jiulongpo.plan.projects.changelog.ChangeEvent;
import org.jiulongpo.plan.projects.changelog.ProjectSnapshot;
import org.jiulongpo.plan.projects.feed.rest.ChangeView;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.mapping.StatusUpdateMapper;

/** A change-feed entry to the API's record. */
public final class ChangeMapper {

    private ChangeMapper() {
    }

    /** {@code update} is the status update the event reports, or null for edits and removals. */
    public static ChangeView toView(ChangeEvent e, ProjectSnapshot project, StatusUpdate update) {
        return new ChangeView(e.kind, e.projectCode, e.projectVersion, e.occurredAt, project,
                update == null ? null : StatusUpdateMapper.toView(update));
    }
}
