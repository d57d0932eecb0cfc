package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/citations/{id}} answers: a plan element and what cites it or anything inside it. */
@Schema(name = "Citations", description = "A plan element and the indicators and projects whose source.element is the "
        + "element or anything printed in it. A part whose service could not be reached is absent, and sources says which.")
public record CitedBy(Element element,
        @Schema(description = "How many elements were looked for: the element and everything printed in it", examples = "31") int elements,
        Cited citedBy, Overview.Sources sources) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CitationsElement", description = "The element, as plan-service names it")
    public record Element(@Schema(examples = "chp-16/sec-1") String id,
            @Schema(examples = "section") String type,
            @Schema(description = "As printed; absent where nothing is printed", examples = "第一节") String num,
            @Schema(description = "titleZh or titleEn, as Accept-Language chose; absent for paragraphs and rows") String title,
            String titleZh, String titleEn,
            @Schema(description = "The citation in the language Accept-Language chose") String citation,
            @Schema(examples = "/api/v1/plan/elements/chp-16/sec-1") String href) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CitationsCitedBy", description = "In the document order of the elements they cite, then by code")
    public record Cited(@Schema(description = "Absent when indicators-service could not be reached") List<Indicator> indicators,
            @Schema(description = "Absent when projects-service could not be reached") List<Project> projects) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CitingIndicator")
    public record Indicator(@Schema(examples = "fyp14-p05") String code,
            @Schema(examples = "fyp14") String plan,
            @Schema(examples = "prose_target") String kind,
            @Schema(description = "nameZh or nameEn, as Accept-Language chose") String name, String nameZh, String nameEn,
            @Schema(examples = "binding") String attribute,
            @Schema(description = "The unit in the language Accept-Language chose", examples = "%") String unit,
            @Schema(description = "fyp14: progress status; fyp13: 2020 assessment", examples = "on_track") String status,
            @Schema(description = "The indicator this one restates, when it does", examples = "fyp14-23") String relatedCode,
            @Schema(description = "The element it cites: this one or one printed in it", examples = "chp-12/sec-1/p-3") String sourceElement,
            @Schema(examples = "/api/v1/indicators/fyp14-p05") String href) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CitingProject")
    public record Project(@Schema(examples = "transport-metro-line-19") String code,
            @Schema(description = "nameZh or nameEn, as Accept-Language chose") String name, String nameZh, String nameEn,
            @Schema(examples = "transport") String sector,
            @Schema(examples = "construction") String kind,
            @Schema(examples = "named") String specificity,
            @Schema(description = "Reported status", examples = "not_reported") String status,
            @Schema(description = "The element it cites: this one or one printed in it", examples = "box-4/item-2") String sourceElement,
            @Schema(examples = "/api/v1/projects/transport-metro-line-19") String href) {
    }
}
