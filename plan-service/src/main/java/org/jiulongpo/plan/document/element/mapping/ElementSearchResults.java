package org.jiulongpo.plan.document.element.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.document.element.ElementType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/v1/plan/search} answers: the best matches first. */
@Schema(name = "ElementSearchResults")
public record ElementSearchResults(@Schema(examples = "轨道") String query, List<Hit> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ElementSearchHit")
    public record Hit(
            @Schema(examples = "chp-16/sec-1") String id,
            ElementType type,
            @Schema(description = "As printed; absent for paragraphs", examples = "第一节") String num,
            @Schema(description = "titleZh or titleEn, as Accept-Language chose; absent for paragraphs and rows") String title,
            String titleZh,
            String titleEn,
            @Schema(description = "citationZh or citationEn, as Accept-Language chose") String citation,
            @Schema(description = "PostgreSQL ts_rank_cd (normalization 1) of the match, higher first; number and titles weigh more than the text", examples = "0.1") double rank,
            @Schema(description = "Where the terms occur: the first of title (chosen language), the other title, the text as printed, with each occurrence in <mark>…</mark>; the rest of the text is HTML-escaped, so it is safe to render as HTML",
                    examples = "完善城市综合<mark>交通</mark>体系") String snippet) {
    }
}
