package org.jiulongpo.plan.projects.changelog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The project as it stood after a change, stored with the change (change_event.payload) and
 * served by the feed as it was stored; for a removal, a tombstone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectSnapshot",
        description = "Tracking and definition fields of a project at one version; removals: code, version, deleted, deletedAt")
public record ProjectSnapshot(String code, String nameZh, String nameEn, String sector, String subcategory,
        String kind, String specificity, String planStage, String locationZh, String locationEn, BigDecimal latitude, BigDecimal longitude,
        String status, Integer progressPercent, OffsetDateTime lastReportedAt, OffsetDateTime updatedAt,
        long version, Boolean deleted, OffsetDateTime deletedAt) {
}
