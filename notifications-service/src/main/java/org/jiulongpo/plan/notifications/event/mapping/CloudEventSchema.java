package org.jiulongpo.plan.notifications.event.mapping;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's description of one event: the items themselves are the CloudEvents SDK's JSON
 * (EventLog stores it as written), so this record is never built; it only names the attributes.
 */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in its JSON format")
public record CloudEventSchema(
        @Schema(examples = "1.0") String specversion,
        @Schema(description = "Unique and stable: the receiver's deduplication key", examples = "projects:transport-metro-line-19:4") String id,
        @Schema(description = "The feed the event was read from", examples = "/api/v1/projects/changes") String source,
        @Schema(examples = "project.status.reported", enumeration = { "project.status.reported", "project.edited", "project.removed" }) String type,
        @Schema(description = "The code of what changed", examples = "transport-metro-line-19") String subject,
        OffsetDateTime time,
        @Schema(examples = "application/json") String datacontenttype,
        CloudEventData data) {

    @Schema(name = "CloudEventData", description = "Thin: where the resource is, its new ETag and the fields that changed")
    public record CloudEventData(
            @Schema(examples = "https://api.example.org/api/v1/projects/transport-metro-line-19") String resource,
            @Schema(description = "Absent when the resource is gone") String etag,
            @Schema(description = "The fields that changed with their new values; absent when the first change seen of a resource is an edit (nothing to compare with)") Map<String, Object> changed) {
    }
}
