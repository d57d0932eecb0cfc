package org.jiulongpo.plan.notifications.subscription.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of the caller's subscriptions, oldest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SubscriptionPage")
public record SubscriptionPage(List<SubscriptionView> items, String nextCursor) {
}
