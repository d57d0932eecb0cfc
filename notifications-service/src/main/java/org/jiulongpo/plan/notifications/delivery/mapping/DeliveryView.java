package org.jiulongpo.plan.notifications.delivery.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One event's delivery to one subscription, with every attempt made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Delivery")
public record DeliveryView(
        @Schema(examples = "42") String id,
        @Schema(description = "The event's id, sent as webhook-id: the receiver's deduplication key",
                examples = "projects:transport-metro-line-19:4") String eventId,
        @Schema(examples = "project.status.reported") String eventType,
        @Schema(description = "The event log's cursor right after this event (as in /api/v1/events)") String eventCursor,
        @Schema(enumeration = { "pending", "delivered", "failed" },
                description = "pending: due at nextAttemptAt; failed: given up (410, or failing for the whole retry window)") String status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt,
        @Schema(description = "Every attempt, oldest first") List<AttemptView> attemptLog) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeliveryAttempt")
    public record AttemptView(
            OffsetDateTime attemptedAt,
            @Schema(description = "The status the callback answered; absent when it could not be reached") Integer status,
            @Schema(description = "Why the callback could not be reached", examples = "no answer within 10 s") String error,
            @Schema(description = "From sending the request to its answer (or the failure)") long latencyMillis) {
    }
}
