package org.jiulongpo.plan.indicators.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorCategoryList")
public record CategoryList(List<CategoryView> items) {
}
