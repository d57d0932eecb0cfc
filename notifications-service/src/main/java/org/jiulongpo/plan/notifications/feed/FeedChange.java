package org.jiulongpo.plan.notifications.feed;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One item of a change feed as the event log needs it.
 *
 * @param id        the event id: stable, so that a page read twice gives the same ids
 * @param type      the CloudEvents type, e.g. {@code project.status.reported}
 * @param subject   the code of what changed
 * @param version   its version after the change
 * @param resource  its path in the public API, e.g. {@code /api/v1/projects/transport-metro-line-19}
 * @param etag      its ETag after the change; null when it is gone
 * @param changed   the fields that changed and their new values; null when they cannot be known
 * @param state     what the reader keeps to compare the next change of the subject with
 */
public record FeedChange(String id, String type, String subject, long version, OffsetDateTime time, String resource,
        String etag, ObjectNode changed, JsonNode state, String sector, String project, String indicator) {

    /**
     * The fields of {@code now} whose values differ from {@code before}, with their new values;
     * a field present before and absent now is reported as null. {@code ignored} fields (versions,
     * timestamps every change moves) are left out.
     */
    public static ObjectNode difference(JsonNode before, JsonNode now, Set<String> ignored) {
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!ignored.contains(field.getKey()) && !Objects.equals(before.get(field.getKey()), field.getValue())) {
                changed.set(field.getKey(), field.getValue());
            }
        }
        for (Iterator<String> it = before.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!ignored.contains(name) && !now.has(name)) {
                changed.putNull(name);
            }
        }
        return changed;
    }
}
