package org.jiulongpo.plan.notifications.subscription.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;

/** The contract's description of a subscription's merge patch; the resource reads the patch as a map. */
@Schema(name = "SubscriptionEdit", description = "JSON merge patch: only the fields given change")
public record SubscriptionEdit(
        @Schema(description = "Each filter given replaces the one kept; null clears it") SubscriptionFilters filters,
        @Schema(description = "false pauses deliveries; true resumes them (also after the service disabled the "
                + "subscription), and what became due meanwhile is delivered") Boolean enabled) {
}
