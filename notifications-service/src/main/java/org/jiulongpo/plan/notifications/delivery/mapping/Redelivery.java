package org.jiulongpo.plan.notifications.delivery.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which events to deliver again: every one after a cursor of the event log. */
@Schema(name = "Redelivery")
public record Redelivery(
        @Schema(required = true, description = "A cursor of the event log (a nextCursor of /api/v1/events, an SSE id, or "
                + "a delivery's eventCursor): every event after it that passes the subscription's filters is delivered again") String since) {
}
