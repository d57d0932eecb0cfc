package org.jiulongpo.plan.indicators.indicator.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.Progress;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.ValueType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The progress of one indicator, with everything needed to check the verdict by hand. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Progress")
public record ProgressView(
        @Schema(examples = "fyp14-03") String indicatorCode,
        @Schema(examples = "规上工业全员劳动生产率") String name,
        Attribute attribute, Direction direction, ValueType valueType,
        PlanValue baseline, PlanValue target,
        ProgressStatus status,
        @Schema(description = "A binding (约束性) indicator that is at risk or off track") boolean breachRisk,
        @Schema(description = "Share of the way from baseline to target covered (1 = reached); growth targets: running average / target", examples = "0.5") BigDecimal progressRatio,
        @Schema(description = "The latest observation the verdict rests on") Progress.Point latest,
        @Schema(description = "2020 to 2025: expected value on a steady path, and the observation") List<Progress.Point> trajectory,
        @Schema(description = "How the verdict is computed, with this indicator's numbers") String formula,
        @Schema(description = "Why, in the language Accept-Language chose") String explanation,
        String explanationZh, String explanationEn) {
}
