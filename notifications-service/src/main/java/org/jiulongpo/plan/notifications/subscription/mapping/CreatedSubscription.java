package org.jiulongpo.plan.notifications.subscription.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a create: the subscription and its secret, shown this once. */
@Schema(name = "CreatedSubscription")
public record CreatedSubscription(
        SubscriptionView subscription,
        @Schema(description = "The whsec_ secret that signs deliveries (Standard Webhooks); shown only now",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
