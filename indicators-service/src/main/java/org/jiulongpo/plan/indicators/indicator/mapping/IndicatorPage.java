package org.jiulongpo.plan.indicators.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The schema of a page of indicators; the body itself is written from common's {@code Page}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorPage", description = "A page of indicators; nextCursor is absent on the last page")
public record IndicatorPage(List<IndicatorView> items,
        @Schema(description = "Pass as cursor to get the next page") String nextCursor) {
}
