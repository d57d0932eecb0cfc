package org.jiulongpo.plan.indicators.indicator.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.indicator.IndicatorKind;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.progress.Assessment;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.ValueType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An indicator as the API shows it. Blocks that do not apply to its plan are absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Indicator", description = "A plan indicator, exactly as printed in the plan, with its progress")
public record IndicatorView(
        @Schema(description = "Stable code: fyp13-NN, fyp14-NN for table rows (sub-rows fyp13-NN-K), fyp14-pNN for targets stated in prose", examples = "fyp14-03") String code,
        Plan plan,
        @Schema(description = "table_row (a row of 专栏1/专栏2), table_heading (a heading row of 专栏1 that only groups its # sub-rows: not an indicator, never assessed or counted) or prose_target (a target stated outside the two tables)") IndicatorKind kind,
        @Schema(description = "The table's 序号 as printed; sub-rows like 14.1; absent for prose targets", examples = "3") String seq,
        @Schema(description = "The table's category heading, absent where the table has none") CategoryRef category,
        @Schema(description = "nameZh or nameEn, as Accept-Language chose", examples = "规上工业全员劳动生产率") String name,
        @Schema(description = "The name exactly as printed in the plan, without its unit", examples = "规上工业全员劳动生产率") String nameZh,
        @Schema(description = "A faithful English translation", examples = "Overall labour productivity of industrial enterprises above designated size") String nameEn,
        @Schema(description = "unitZh or unitEn, as Accept-Language chose; absent for ratios and unitless rows", examples = "万元/人") String unit,
        String unitZh,
        String unitEn,
        Attribute attribute,
        Direction direction,
        ValueType valueType,
        @Schema(description = "fyp14: the 2020 value the plan starts from") PlanValue baseline,
        @Schema(description = "fyp14: the 2025 target; fyp13: the 2020 target") PlanValue target,
        @Schema(description = "fyp13: the 2020 outcome reported by the 14th plan") PlanValue outcome,
        @Schema(description = "fyp13: whether the outcome met the target, respecting direction and qualifier; absent for heading rows") Assessment assessment,
        @Schema(description = "fyp13: why the assessment is what it is") String assessmentExplanation,
        @Schema(description = "fyp14: where the indicator stands (see /progress for the trajectory)") ProgressSummary progress,
        @Schema(description = "For # sub-rows: the row they belong to", examples = "fyp13-14") String parentCode,
        @Schema(description = "For a target stated again (a prose target restating a 专栏2 row, or a later paragraph restating an earlier one): the indicator first stating it. Aggregates count such a pair once.", examples = "fyp14-p15") String relatedCode,
        Source source,
        @Schema(description = "Every judgment made reading damaged or silent text, in Chinese and English") String readingNote,
        OffsetDateTime updatedAt,
        @Schema(description = "Row version; moves with every change, including new observations") long version) {

    @Schema(name = "CategoryRef")
    public record CategoryRef(String code, String name, String nameZh, String nameEn) {
    }

    /** Where in the plan a record comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Source", description = "Where in the plan text the record comes from")
    public record Source(
            @Schema(description = "The table (专栏), absent for prose", examples = "专栏2") String column,
            @Schema(examples = "第十二章主要目标") String chapter,
            @Schema(description = "The row or sentence as printed", examples = "3 | 规上工业全员劳动生产率(万元/人,2020年价) | 38 | 50 | 预期性") String quote,
            @Schema(description = "Line of the published plan text (docs/data)", examples = "451") Integer line,
            @Schema(description = "The id of the plan element (/api/v1/plan/elements/{id}: a paragraph or a 专栏 row) that states it", examples = "box-2/item-3") String element) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProgressSummary")
    public record ProgressSummary(ProgressStatus status, boolean breachRisk, BigDecimal progressRatio,
            @Schema(minimum = "2021", maximum = "2025") Integer latestYear, BigDecimal latestValue, String explanation) {
    }
}
