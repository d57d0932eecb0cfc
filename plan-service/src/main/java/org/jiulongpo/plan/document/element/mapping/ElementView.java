package org.jiulongpo.plan.document.element.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.document.element.ElementType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One element of the plan as the API shows it. Fields that do not apply (a paragraph's title) are absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanElement", description = "One element of the plan document, its text exactly as printed, with its place and citation")
public record ElementView(
        @Schema(description = "Stable readable id; ids never change once published", examples = "chp-16/sec-1") String id,
        ElementType type,
        @Schema(description = "The number exactly as printed (a table row's 序号); absent where nothing is printed", examples = "第一节") String num,
        @Schema(description = "The value of num", examples = "1") Integer numValue,
        @Schema(description = "titleZh or titleEn, as Accept-Language chose; absent for paragraphs", examples = "完善城市综合交通体系") String title,
        @Schema(description = "The title exactly as printed, without its number", examples = "完善城市综合交通体系") String titleZh,
        @Schema(description = "A faithful English translation of the title", examples = "Improving the integrated urban transport system") String titleEn,
        @Schema(description = "The Chinese text exactly as printed: the lines of the plan text joined with \\n (a heading: its line; a box: its title line)", examples = "第一节完善城市综合交通体系") String text,
        PlanLines lines,
        @Schema(description = "The id of the element it is printed in; absent at the top level", examples = "chp-16") String parent,
        @Schema(description = "The ids of the elements inside it, in printed order") List<String> children,
        @Schema(description = "Position among its siblings, from 1", examples = "2") int order,
        @Schema(description = "1 for the front matter and the 篇, one more for each level down", examples = "3") int depth,
        @Schema(description = "citationZh or citationEn, as Accept-Language chose") String citation,
        @Schema(examples = "《重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》第四篇第十六章第一节") String citationZh,
        @Schema(examples = "Outline of the 14th Five-Year Plan for National Economic and Social Development and the Long-Range Objectives Through the Year 2035 of Jiulongpo District, Chongqing, Part 4, Chapter 16, Section 1") String citationEn,
        @Schema(description = "What the conversion of the published page damaged in this element (the text is kept as printed); absent when nothing is") String damageNote,
        OffsetDateTime updatedAt,
        @Schema(description = "Row version; a migration that changes the element raises it") long version) {

    /** Where an element stands in the plan text. */
    @Schema(name = "PlanLines", description = "Lines of the plan text (docs/data/plan.md), first and last, inclusive")
    public record PlanLines(@Schema(examples = "729") int from, @Schema(examples = "729") int to) {
    }
}
