package org.jiulongpo.plan.notifications.subscription.mapping;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.notifications.subscription.Subscription;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;

/** Subscription rows as their owner sees them. */
public final class SubscriptionMapper {

    public static final String PATH = "/api/v1/subscriptions/";

    private SubscriptionMapper() {
    }

    public static SubscriptionView toView(Subscription s) {
        return new SubscriptionView(s.id, s.url,
                new SubscriptionFilters(s.filterType, s.filterSector, s.filterProject, s.filterIndicator),
                s.enabled, s.disabledReason, s.disabledAt, s.previousSecretUntil, s.version, s.createdAt, s.updatedAt);
    }

    public static String etag(SubscriptionView view) {
        return ETags.ofItem(view.version(), PATH + view.id());
    }
}
