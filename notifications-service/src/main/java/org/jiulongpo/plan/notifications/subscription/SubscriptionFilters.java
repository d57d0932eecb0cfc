package org.jiulongpo.plan.notifications.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Which events of the log a subscription receives: those that pass every filter given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SubscriptionFilters", description = "Like the event log's query parameters: an absent filter does not filter")
public record SubscriptionFilters(
        @Schema(examples = "project.status.reported") String type,
        @Schema(examples = "transport") String sector,
        @Schema(examples = "transport-metro-line-19") String project,
        @Schema(examples = "fyp14-03") String indicator) {

    public static final SubscriptionFilters NONE = new SubscriptionFilters(null, null, null, null);
}
