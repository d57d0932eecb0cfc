package org.jiulongpo.plan.document.element.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.document.element.ElementType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The document as a whole: what its published page says about it, and how many elements it has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanDocument", description = "The plan as a published document: title, issuer, dates and what it is made of")
public record DocumentView(
        @Schema(description = "titleZh or titleEn, as Accept-Language chose") String title,
        @Schema(examples = "重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") String titleZh,
        String titleEn,
        Issuer issuer,
        @Schema(description = "成文日期 as printed", examples = "2021-04-09") LocalDate writtenOn,
        @Schema(description = "发布日期 as printed", examples = "2021-04-09") LocalDate publishedOn,
        @Schema(description = "索引号 of the disclosure page", examples = "11500107450388938X/2021-00020") String indexNumber,
        @Schema(description = "发文字号; absent: the page prints the field empty") String documentNumber,
        @Schema(description = "主题分类 as printed", examples = "国民经济发展规划、计划") String subjectCategory,
        @Schema(description = "体裁分类 as printed", examples = "规划计划") String genre,
        @Schema(description = "The published page's address; absent: the plan text names none") String sourceUrl,
        Source source,
        @Schema(description = "citationZh or citationEn, as Accept-Language chose") String citation,
        String citationZh,
        String citationEn,
        @Schema(description = "How many elements of each type, in the order of the type list") List<TypeCount> counts,
        @Schema(description = "All elements", examples = "524") int elements,
        OffsetDateTime updatedAt,
        long version) {

    @Schema(name = "PlanIssuer")
    public record Issuer(
            @Schema(description = "nameZh or nameEn, as Accept-Language chose") String name,
            @Schema(description = "The full name, as the page header prints it", examples = "重庆市九龙坡区发展和改革委员会") String nameZh,
            @Schema(examples = "Development and Reform Commission of Jiulongpo District, Chongqing") String nameEn,
            @Schema(description = "发布机构 as printed", examples = "九龙坡区发展改革委") String shortNameZh) {
    }

    @Schema(name = "PlanSource", description = "The plan text the elements were read from (docs/data/plan.md)")
    public record Source(@Schema(examples = "000_ca47b3e00639afaa.txt") String file, ElementView.PlanLines lines) {
    }

    @Schema(name = "PlanTypeCount")
    public record TypeCount(ElementType type, @Schema(examples = "60") int count) {
    }
}
