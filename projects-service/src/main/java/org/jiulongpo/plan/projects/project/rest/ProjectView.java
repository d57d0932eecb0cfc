package org.jiulongpo.plan.projects.project.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "A major project named in the plan, with its reported status")
public record ProjectView(
        @Schema(description = "Stable code: sector-subcategory-slug", examples = "transport-rail-yukun-hsr") String code,
        @Schema(description = "nameZh or nameEn, as Accept-Language chose", examples = "渝昆高铁") String name,
        @Schema(description = "The name exactly as printed in the plan", examples = "渝昆高铁") String nameZh,
        @Schema(examples = "Chongqing-Kunming High-Speed Railway") String nameEn,
        Sector sector,
        SubcategoryRef subcategory,
        @Schema(description = "What the plan commits to for 2021-2025, read from its verb") PlanStage planStage,
        @Schema(description = "The plan's verb phrase as printed", examples = "加快推进…等项目建设") String planStagePhrase,
        @Schema(description = "locationZh or locationEn; absent where neither name nor text states a place", examples = "铜罐驿") String location,
        String locationZh,
        String locationEn,
        @Schema(description = "When known; the plan gives none") Coordinates coordinates,
        ProjectStatus status,
        @Schema(minimum = "0", maximum = "100", examples = "35") int progressPercent,
        @Schema(description = "reportedAt of the latest status update") OffsetDateTime lastReportedAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Row version; moves with every change") long version,
        ProjectSource source,
        @Schema(description = "Every judgment made reading the plan text, in Chinese and English") String readingNote) {

    @Schema(name = "ProjectSubcategoryRef")
    public record SubcategoryRef(@Schema(examples = "transport-rail") String code, @Schema(examples = "铁路") String name,
            String nameZh, String nameEn) {
    }

    @Schema(name = "Coordinates")
    public record Coordinates(@Schema(examples = "29.4312") BigDecimal latitude,
            @Schema(examples = "106.3951") BigDecimal longitude) {
    }

    @Schema(name = "ProjectSource", description = "Where in the plan text the project comes from")
    public record ProjectSource(@Schema(examples = "专栏4") String column,
            @Schema(examples = "第十六章构建现代化基础设施体系") String chapter,
            @Schema(description = "The column's line as printed") String quote,
            @Schema(description = "Line of the published plan text", examples = "735") int line) {
    }
}
