package org.jiulongpo.plan.notifications.delivery.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of a subscription's delivery log, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DeliveryPage")
public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
}
