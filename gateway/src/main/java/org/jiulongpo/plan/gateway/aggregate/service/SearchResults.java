package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/search} answers: typed results, best first. */
@Schema(name = "SearchResults")
public record SearchResults(@Schema(examples = "森林") String query, List<Hit> items, Overview.Sources sources) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchHit")
    public record Hit(
            @Schema(enumeration = { "indicator", "project" }) String type,
            @Schema(examples = "fyp14-23") String code,
            @Schema(examples = "森林覆盖率") String name,
            String nameZh,
            String nameEn,
            @Schema(description = "Relevance, higher first: exact code or name 100, name prefix 80, name substring 60-70, code substring 50", minimum = "0", maximum = "100", examples = "70") int score,
            @Schema(description = "The resource's path", examples = "/api/v1/indicators/fyp14-23") String href,
            @Schema(description = "Indicators: progress status or 2020 assessment; projects: reported status", examples = "on_track") String status,
            @Schema(description = "Indicators: fyp13 or fyp14") String plan,
            @Schema(description = "Projects: transport, energy, water or education") String sector) {
    }
}
