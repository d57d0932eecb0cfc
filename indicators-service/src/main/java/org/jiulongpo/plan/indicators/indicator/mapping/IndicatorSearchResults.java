package org.jiulongpo.plan.indicators.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.progress.Assessment;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/indicators/search} answers: the best matches first. */
@Schema(name = "IndicatorSearchResults")
public record IndicatorSearchResults(@Schema(examples = "森林") String query, List<Hit> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorSearchHit")
    public record Hit(
            @Schema(examples = "fyp14-23") String code,
            Plan plan,
            @Schema(description = "nameZh or nameEn, as Accept-Language chose") String name,
            String nameZh,
            String nameEn,
            @Schema(description = "fyp14: the progress status") ProgressStatus status,
            @Schema(description = "fyp13: the assessment of the 2020 outcome") Assessment assessment,
            @Schema(description = "PostgreSQL ts_rank_cd (normalization 1) of the match, higher first; names weigh more than code and the quoted text", examples = "0.1") double rank,
            @Schema(description = "Where the terms occur: the first of name (chosen language), the other name, the quoted row or sentence, with each occurrence in <mark>…</mark>; the rest of the text is HTML-escaped, so it is safe to render as HTML. Absent when only the code matched.",
                    examples = "<mark>森林</mark>覆盖率") String snippet) {
    }
}
