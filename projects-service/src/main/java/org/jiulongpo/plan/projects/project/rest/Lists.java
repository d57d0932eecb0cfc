package org.jiulongpo.plan.projects.project.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.projects.change.rest.ChangeView;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The collection bodies of the project API, as records so that their schema is exact. */
public final class Lists {

    private Lists() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectPage", description = "A page of projects; nextCursor is absent on the last page")
    public record ProjectPage(List<ProjectView> items, @Schema(description = "Pass as cursor to get the next page") String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatusUpdatePage", description = "Newest first; nextCursor is absent on the last page")
    public record StatusUpdatePage(List<StatusUpdateView> items, String nextCursor) {
    }

    @Schema(name = "ChangePage", description = "Changes in commit order. nextCursor is always present: keep it and pass it as since to continue")
    public record ChangePage(List<ChangeView> items,
            @Schema(description = "Where to continue from; on the last page, where to resume polling") String nextCursor,
            @Schema(description = "True when more changes are ready now") boolean hasMore) {
    }

    @Schema(name = "ProjectSubcategory")
    public record SubcategoryView(@Schema(examples = "transport-metro") String code,
            @Schema(examples = "transport") String sector, @Schema(examples = "轨道") String name,
            String nameZh, @Schema(examples = "Rail transit") String nameEn, @Schema(examples = "7") int projectCount) {
    }

    @Schema(name = "ProjectSubcategoryList")
    public record SubcategoryList(List<SubcategoryView> items) {
    }

    @Schema(name = "ProjectCodeListEntry")
    public record Entry(@Schema(examples = "under_construction") String code, @Schema(examples = "在建") String nameZh,
            @Schema(examples = "Under construction") String nameEn) {
        public static List<Entry> of(CodedValue[] values) {
            return java.util.Arrays.stream(values).map(v -> new Entry(v.code(), v.labelZh(), v.labelEn())).toList();
        }
    }

    @Schema(name = "ProjectCodeLists")
    public record CodeLists(List<Entry> sectors, List<Entry> planStages, List<Entry> statuses, List<Entry> changeKinds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectEdit", description = "A JSON merge patch: only the fields present change; null clears location and coordinates")
    public record ProjectEdit(@Schema(examples = "印山湖水库") String nameZh, @Schema(examples = "Yinshanhu Reservoir") String nameEn,
            @Schema(examples = "西彭镇") String locationZh, @Schema(examples = "Xipeng Town") String locationEn,
            @Schema(minimum = "-90", maximum = "90", examples = "29.3521") java.math.BigDecimal latitude,
            @Schema(minimum = "-180", maximum = "180", examples = "106.3025") java.math.BigDecimal longitude) {
    }

    @Schema(name = "ProjectStats", description = "Counts of live projects")
    public record Stats(
            @Schema(description = "sector → status → count; every sector and status is present, zeros included") Map<String, Map<String, Long>> bySectorAndStatus,
            @Schema(description = "planStage → count") Map<String, Long> byPlanStage,
            @Schema(description = "sector → count") Map<String, Long> bySector,
            @Schema(examples = "84") long total,
            @Schema(description = "When any project last changed") OffsetDateTime lastUpdatedAt,
            @Schema(description = "The latest status updates of all projects, newest first, with the project's names") List<LatestUpdate> latestUpdates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LatestStatusUpdate")
    public record LatestUpdate(@Schema(examples = "17") long id, @Schema(examples = "transport-metro-line-19") String projectCode,
            @Schema(examples = "轨道19号线") String projectNameZh, @Schema(examples = "Rail Transit Line 19") String projectNameEn,
            org.jiulongpo.plan.projects.project.ProjectStatus status,
            org.jiulongpo.plan.projects.project.ProjectStatus previousStatus,
            @Schema(minimum = "0", maximum = "100", examples = "35") int progressPercent, OffsetDateTime reportedAt, OffsetDateTime recordedAt) {
    }
}
