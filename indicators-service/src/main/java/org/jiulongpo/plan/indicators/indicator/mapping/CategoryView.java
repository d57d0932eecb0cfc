package org.jiulongpo.plan.indicators.indicator.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.indicator.Plan;

@Schema(name = "IndicatorCategory", description = "A category heading of a plan table, or a goal paragraph of 第十二章")
public record CategoryView(@Schema(examples = "fyp13-innovation") String code, Plan plan,
        @Schema(examples = "创新发展") String name, String nameZh, String nameEn, int indicatorCount) {
}
