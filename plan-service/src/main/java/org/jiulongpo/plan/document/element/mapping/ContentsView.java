package org.jiulongpo.plan.document.element.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.document.element.ElementType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The table of contents: the front matter and the 篇, with their 章, 节 and 专栏 down to a depth. */
@Schema(name = "PlanContents", description = "The table of contents as a tree: headings and boxes where they are printed, no paragraphs or box rows")
public record ContentsView(
        @Schema(description = "titleZh or titleEn, as Accept-Language chose") String title,
        String titleZh,
        String titleEn,
        @Schema(description = "The deepest level shown (1: the 篇 only; 4: everything)", examples = "4") int depth,
        List<Entry> children) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanContentsEntry")
    public record Entry(
            @Schema(examples = "chp-16") String id,
            ElementType type,
            @Schema(examples = "第十六章") String num,
            @Schema(examples = "16") Integer numValue,
            @Schema(examples = "构建现代化基础设施体系") String title,
            String titleZh,
            String titleEn,
            ElementView.PlanLines lines,
            @Schema(description = "Absent below the depth asked for") List<Entry> children) {
    }
}
