package org.jiulongpo.plan.projects.project.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/projects/search} answers: the best matches first. */
@Schema(name = "ProjectSearchResults")
public record ProjectSearchResults(@Schema(examples = "轨道") String query, List<Hit> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectSearchHit")
    public record Hit(
            @Schema(examples = "transport-metro-line-19") String code,
            @Schema(description = "nameZh or nameEn, as Accept-Language chose") String name,
            String nameZh,
            String nameEn,
            Sector sector,
            ProjectStatus status,
            @Schema(description = "As the latest status report says; null while no report gives one (not 0: nothing was reported)", nullable = true, minimum = "0", maximum = "100", examples = "35")
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer progressPercent,
            @Schema(description = "PostgreSQL ts_rank_cd (normalization 1) of the match, higher first; names weigh more than code and location", examples = "0.1") double rank,
            @Schema(description = "Where the terms occur: the first of name (chosen language), the other name, location, with each occurrence in <mark>…</mark>; the rest of the text is HTML-escaped, so it is safe to render as HTML. Absent when only the code matched.",
                    examples = "<mark>轨道</mark>19号线") String snippet) {
    }
}
