package org.jiulongpo.plan.notifications.subscription.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;

/** What a subscriber asks for: where to deliver, and which events. */
@Schema(name = "NewSubscription")
public record NewSubscription(
        @Schema(required = true, description = "An https URL on a public address; it must pass the CloudEvents validation handshake",
                examples = "https://receiver.example.org/hooks/plan", maxLength = 2000) String url,
        @Schema(description = "Absent: every event") SubscriptionFilters filters) {
}
