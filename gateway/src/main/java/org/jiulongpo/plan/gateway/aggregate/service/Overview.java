package org.jiulongpo.plan.gateway.aggregate.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The plan at a glance: what {@code GET /api/v1/overview} answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Overview", description = "The plan at a glance. A part whose service could not be reached is absent "
        + "(or served from the gateway's last good copy), and sources says which.")
public record Overview(IndicatorsPart indicators, ProjectsPart projects, Sources sources) {

    @Schema(name = "OverviewIndicators")
    public record IndicatorsPart(
            @Schema(description = "Targets, each counted once: 专栏1's heading rows and the indicators that restate another (relatedCode) are not counted, here or in the counts below", examples = "99") long total,
            @Schema(description = "plan → count") Map<String, Long> byPlan,
            @Schema(description = "plan → attribute → count") Map<String, Map<String, Long>> byAttribute,
            @Schema(description = "fyp14: progress status → count, every status present") Map<String, Long> byProgressStatus,
            @Schema(description = "fyp13: assessment → count") Map<String, Long> byAssessment,
            @Schema(description = "Binding (约束性) fyp14 indicators at risk or off track") List<IndicatorBrief> bindingAtRisk,
            @Schema(description = "The indicators whose data changed last, newest first") List<IndicatorBrief> latestUpdates,
            OffsetDateTime lastUpdatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverviewIndicator")
    public record IndicatorBrief(@Schema(examples = "fyp14-24") String code, String name, String nameZh, String nameEn,
            String attribute, String unit, @Schema(examples = "off_track") String status, boolean breachRisk,
            @Schema(minimum = "2021", maximum = "2025") Integer latestYear, BigDecimal latestValue, OffsetDateTime updatedAt) {
    }

    @Schema(name = "OverviewProjects")
    public record ProjectsPart(
            @Schema(description = "Live projects", examples = "487") long total,
            @Schema(description = "sector → status → count; not_reported counts the projects no status report has reached") Map<String, Map<String, Long>> bySectorAndStatus,
            @Schema(description = "plan stage (what the plan commits to, not progress) → count") Map<String, Long> byPlanStage,
            @Schema(description = "sector → count") Map<String, Long> bySector,
            @Schema(description = "The latest status updates, newest first") List<LatestUpdate> latestUpdates,
            OffsetDateTime lastUpdatedAt) {
    }

    @Schema(name = "OverviewLatestUpdate")
    public record LatestUpdate(long id, String projectCode, String projectName, String projectNameZh,
            String projectNameEn, String status, String previousStatus, @Schema(description = "Absent when the report stated no percentage", minimum = "0", maximum = "100") Integer progressPercent, OffsetDateTime reportedAt,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "AggregateSources", description = "Where each part of an aggregate stands")
    public record Sources(Source indicators, Source projects) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartStatus", description = "Whether one part of an aggregate is fresh, a stale copy, or unavailable")
    public record Source(
            @Schema(description = "ok (fresh), stale (the gateway's last good copy, from asOf) or unavailable (absent)",
                    enumeration = { "ok", "stale", "unavailable" }) String status,
            @Schema(description = "For stale parts: when the copy was fetched") OffsetDateTime asOf,
            @Schema(description = "Why the part is not fresh") String detail) {

        public static final Source OK = new Source("ok", null, null);
    }
}
