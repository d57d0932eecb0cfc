package org.jiulongpo.plan.notifications.subscription.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription as its owner sees it; the secret is never shown again after creation or rotation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Subscription")
public record SubscriptionView(
        @Schema(examples = "3f0c2b9e-5d7a-4d7e-9a51-0c2f6d1e8b47") String id,
        @Schema(description = "The callback the events are POSTed to", examples = "https://receiver.example.org/hooks/plan") String url,
        SubscriptionFilters filters,
        @Schema(description = "False once disabled, by its owner or because deliveries failed; disabledReason says why") boolean enabled,
        @Schema(description = "Why it was disabled", examples = "the callback answered 410 Gone") String disabledReason,
        OffsetDateTime disabledAt,
        @Schema(description = "Until when the secret before the last rotation also signed, or signs, deliveries; absent before any rotation") OffsetDateTime previousSecretValidUntil,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
