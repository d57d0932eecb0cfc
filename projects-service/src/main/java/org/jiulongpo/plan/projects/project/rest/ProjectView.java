package org.jiulongpo.plan.projects.project.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.ProjectKind;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.project.Specificity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A project as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "An item of a plan project column, with its reported status")
public record ProjectView(
        @Schema(description = "Stable code: sector-subcategory-slug", examples = "transport-rail-yukun-hsr") String code,
        @Schema(description = "nameZh or nameEn, as Accept-Language chose", examples = "渝昆高铁") String name,
        @Schema(description = "The name exactly as printed in the plan", examples = "渝昆高铁") String nameZh,
        @Schema(examples = "Chongqing-Kunming High-Speed Railway") String nameEn,
        Sector sector,
        SubcategoryRef subcategory,
        @Schema(description = "construction (a work that builds or rebuilds something), programme (a programme, plan or recurring measure), area (a zone, street or area to be made or developed) or task (a cooperative task, event or policy action that builds nothing)") ProjectKind kind,
        @Schema(description = "named: the plan names one particular thing; generic: a collective or unnamed item (一批…)") Specificity specificity,
        @Schema(description = "What the plan commits to for 2021-2025, read from its verb: a commitment, not progress") PlanStage planStage,
        @Schema(description = "The plan's verb phrase as printed", examples = "加快推进…等项目建设") String planStagePhrase,
        @Schema(description = "locationZh or locationEn; absent where neither name nor text states a place", examples = "铜罐驿") String location,
        String locationZh,
        String locationEn,
        @Schema(description = "When known; the plan gives none") Coordinates coordinates,
        @Schema(description = "As the latest status report says; not_reported until there is one (the plan itself reports no status)") ProjectStatus status,
        @Schema(description = "As the latest status report says; null while no report gives one (not 0: nothing was reported)", nullable = true, minimum = "0", maximum = "100", examples = "35")
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer progressPercent,
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
            @Schema(description = "Line of the published plan text", examples = "735") int line,
            @Schema(description = "Id of the plan-service element that states it (/api/v1/plan/elements/{id}): the 专栏 row, or a paragraph", examples = "box-4/item-1") String element) {
    }
}
