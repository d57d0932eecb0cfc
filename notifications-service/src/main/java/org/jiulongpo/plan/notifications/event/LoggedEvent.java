package org.jiulongpo.plan.notifications.event;

import io.cloudevents.CloudEvent;

/**
 * An event to append: the CloudEvent and the codes it is filtered by (absent where the event has
 * none, e.g. {@code indicator} for a project's event).
 */
public record LoggedEvent(String feed, CloudEvent event, String sector, String project, String indicator) {
}
