package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/search} answers: typed results from the three services, best first. */
@Schema(name = "SearchResults")
public record SearchResults(@Schema(examples = "轨道") String query, List<Hit> items, Sources sources) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchHit")
    public record Hit(
            @Schema(enumeration = { "indicator", "project", "element" }) String type,
            @Schema(description = "The indicator's or project's code, the element's id", examples = "transport-metro-line-19") String code,
            @Schema(description = "name (indicators, projects) or title (elements; absent for paragraphs and rows) in the language Accept-Language chose",
                    examples = "轨道19号线") String name,
            @Schema(description = "Indicators and projects: the name as printed; elements: the title as printed") String nameZh,
            String nameEn,
            @Schema(description = "The service's PostgreSQL ts_rank_cd (normalization 1) of the match; the three services weigh "
                    + "names and titles A and other text B alike, so ranks compare across types", examples = "0.1") double rank,
            @Schema(description = "Where the terms occur, each in <mark>…</mark>; the rest of the text is HTML-escaped, so it is "
                    + "safe to render as HTML. Absent when only a code matched.", examples = "<mark>轨道</mark>19号线") String snippet,
            @Schema(description = "The resource's path", examples = "/api/v1/projects/transport-metro-line-19") String href,
            @Schema(description = "Indicators: progress status or 2020 assessment; projects: reported status", examples = "on_track") String status,
            @Schema(description = "Indicators: fyp13 or fyp14") String plan,
            @Schema(description = "Projects: their sector") String sector,
            @Schema(description = "Elements: part, chapter, section, paragraph, box, box_item or front_matter") String elementType,
            @Schema(description = "Elements: the number as printed", examples = "第十六章") String num,
            @Schema(description = "Elements: the citation in the language Accept-Language chose") String citation) {
    }

    @Schema(name = "SearchSources", description = "Whether each service answered; a type not asked for is ok")
    public record Sources(Overview.Source indicators, Overview.Source projects, Overview.Source plan) {
    }
}
