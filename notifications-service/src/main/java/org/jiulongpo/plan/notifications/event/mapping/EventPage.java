package org.jiulongpo.plan.notifications.event.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** A page of the event log; {@code nextCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EventPage", description = "Events in log order, each a CloudEvent in its JSON format (application/cloudevents+json)")
public record EventPage(
        @Schema(type = SchemaType.ARRAY, implementation = CloudEventSchema.class) List<JsonNode> items,
        String nextCursor) {
}
