package org.jiulongpo.plan.indicators.indicator.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.indicators.observation.rest.ObservationView;
import org.jiulongpo.plan.indicators.observation.rest.RevisionView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The collection bodies of the indicator API, as records so that their schema is exact. */
public final class Lists {

    private Lists() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorPage", description = "A page of indicators; nextCursor is absent on the last page")
    public record IndicatorPage(List<IndicatorView> items,
            @Schema(description = "Pass as cursor to get the next page") String nextCursor) {
    }

    @Schema(name = "IndicatorCategoryList")
    public record CategoryList(List<CategoryView> items) {
    }

    @Schema(name = "ObservationList", description = "At most one item per year")
    public record ObservationList(List<ObservationView> items) {
    }

    @Schema(name = "ObservationRevisionList", description = "Newest first")
    public record RevisionList(List<RevisionView> items) {
    }

    @Schema(name = "CodeListEntry")
    public record Entry(@Schema(examples = "binding") String code, @Schema(examples = "约束性") String nameZh,
            @Schema(examples = "Binding (obligatory)") String nameEn) {
        static List<Entry> of(CodedValue[] values) {
            return java.util.Arrays.stream(values).map(v -> new Entry(v.code(), v.labelZh(), v.labelEn())).toList();
        }
    }

    @Schema(name = "IndicatorCodeLists")
    public record CodeLists(List<Entry> plans, List<Entry> attributes, List<Entry> directions, List<Entry> valueTypes,
            List<Entry> qualifiers, List<Entry> progressStatuses, List<Entry> assessments,
            List<Entry> observationStatuses) {
    }
}
