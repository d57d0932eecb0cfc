package org.jiulongpo.plan.notifications.delivery.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedeliveryQueued")
public record RedeliveryQueued(@Schema(description = "Deliveries due now") int deliveries) {
}
