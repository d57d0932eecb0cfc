package org.jiulongpo.plan.notifications.feed.mapping;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.notifications.feed.FeedChange;
import org.jiulongpo.plan.notifications.feed.FeedMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * projects-service's change feed ({@code /api/v1/projects/changes}): kinds {@code status_update},
 * {@code edit} and {@code removal}, each item carrying the project after the change (a tombstone
 * for a removal) and its version.
 */
@ApplicationScoped
public class ProjectsFeedMapping implements FeedMapping {

    public static final String FEED = "projects";

    /** Every change moves these; they say nothing about what changed. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt");

    private final RepresentationVersion representationVersion;

    public ProjectsFeedMapping(RepresentationVersion representationVersion) {
        this.representationVersion = representationVersion;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public String source() {
        return "/api/v1/projects/changes";
    }

    @Override
    public String subject(JsonNode item) {
        return item.path("projectCode").asText();
    }

    @Override
    public FeedChange map(JsonNode item, JsonNode previous) {
        String code = subject(item);
        long version = item.path("projectVersion").asLong();
        JsonNode project = item.path("project");
        String kind = item.path("kind").asText();
        String resource = "/api/v1/projects/" + code;
        String type;
        ObjectNode changed;
        switch (kind) {
            case "status_update" -> {
                type = "project.status.reported";
                changed = previous != null ? FeedChange.difference(previous, project, IGNORED)
                        : fromStatusUpdate(item.path("statusUpdate"));
            }
            case "edit" -> {
                type = "project.edited";
                // the first change seen of a project has nothing to compare with
                changed = previous != null ? FeedChange.difference(previous, project, IGNORED) : null;
            }
            case "removal" -> {
                type = "project.removed";
                changed = JsonNodeFactory.instance.objectNode();
                changed.set("deleted", project.path("deleted"));
                changed.set("deletedAt", project.path("deletedAt"));
            }
            default -> throw new IllegalArgumentException("projects-service's feed reports an unknown kind: " + kind);
        }
        // a tombstone carries no sector: the one the project had is in the state kept from before
        JsonNode sector = project.hasNonNull("sector") ? project.get("sector")
                : previous != null ? previous.get("sector") : null;
        return new FeedChange(FEED + ":" + code + ":" + version, type, code, version,
                OffsetDateTime.parse(item.path("occurredAt").asText()), resource,
                kind.equals("removal") ? null : etag(resource, version), changed, project,
                sector == null || sector.isNull() ? null : sector.asText(), code, null);
    }

    /**
     * The tag projects-service gives the project's Chinese, unprojected representation at this
     * version (its ProjectMapper.etag, which is ETags.ofItem over the same parts): it passes
     * If-Match for any representation of that version.
     */
    private String etag(String resource, long version) {
        return ETags.ofItem(version, resource, Set.of(), Lang.ZH, representationVersion.get());
    }

    private static ObjectNode fromStatusUpdate(JsonNode update) {
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        // a report that is not comparable is kept in the history only: the project's state did not move
        if (!update.path("comparable").asBoolean(true)) {
            return changed;
        }
        if (!update.path("status").equals(update.path("previousStatus"))) {
            changed.set("status", update.path("status"));
        }
        if (!update.path("progressPercent").equals(update.path("previousProgressPercent"))) {
            changed.set("progressPercent", update.path("progressPercent"));
        }
        changed.set("lastReportedAt", update.path("reportedAt"));
        return changed;
    }
}
