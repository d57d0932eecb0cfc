package org.jiulongpo.plan.indicators.indicator.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.indicators.indicator.IndicatorKind;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.common.search.Segmenter;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.indicator.mapping.CategoryList;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorPage;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorSearchResults;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorView;
import org.jiulongpo.plan.indicators.indicator.service.IndicatorService;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.ValueType;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Indicators: the list, one indicator, and the categories. */
@Path("/api/v1/indicators")
@Tag(name = IndicatorResource.TAG, description = IndicatorResource.TAG_DESCRIPTION)
public class IndicatorResource {

    /** Also the tag of CodeListResource, whose operation is part of the indicators' API. */
    public static final String TAG = "Indicators";
    public static final String TAG_DESCRIPTION = "The plan's development indicators (专栏1, 专栏2 and targets stated in prose), with progress";

    /** Fields a caller may project with {@code fields=}. */
    static final Set<String> FIELDS = new LinkedHashSet<>(Arrays.asList("code", "plan", "kind", "seq", "category", "name",
            "nameZh", "nameEn", "unit", "unitZh", "unitEn", "attribute", "direction", "valueType", "baseline",
            "target", "outcome", "assessment", "assessmentExplanation", "progress", "parentCode", "relatedCode",
            "source", "readingNote", "updatedAt", "version"));

    /** At most this many ids in {@code sourceElement=}: a chapter's paragraphs fit, a crafted list does not. */
    static final int MAX_SOURCE_ELEMENTS = 100;

    private final IndicatorService indicators;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public IndicatorResource(IndicatorService indicators, Representations representations,
            RepresentationVersion representationVersion) {
        this.indicators = indicators;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "Every indicator of 专栏1 (fyp13), 专栏2 (fyp14) and the quantified targets stated in the plan's prose, "
                    + "in table order (plan, then 序号). Filters combine with AND. JSON or CSV (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "fyp13 or fyp14") @QueryParam("plan") String plan,
            @Parameter(description = "table_row, table_heading or prose_target") @QueryParam("kind") String kind,
            @Parameter(description = "expected (预期性) or binding (约束性)") @QueryParam("attribute") String attribute,
            @Parameter(description = "A category code from /api/v1/indicators/categories") @QueryParam("category") String category,
            @Parameter(description = "increase or decrease") @QueryParam("direction") String direction,
            @Parameter(description = "level, annual_level, annual_average_growth, five_year_cumulative or ratio") @QueryParam("valueType") String valueType,
            @Parameter(description = "Progress status of fyp14 indicators: achieved, on_track, at_risk, off_track, no_data, not_quantified") @QueryParam("status") String status,
            @Parameter(description = "Comma-separated plan element ids (exact match, at most " + MAX_SOURCE_ELEMENTS
                    + "): the indicators whose source.element is one of them", example = "chp-12/p-1,box-2/item-3") @QueryParam("sourceElement") String sourceElement,
            @Parameter(description = "Search terms, 1 to 100 characters, all required: a run of Chinese characters matches where its character pairs occur (one character: itself), a Latin word or number where it occurs inside a word of nameZh, nameEn, code or the quoted row or sentence, in any case (docs/data/search.md). Table order, not ranked: /api/v1/indicators/search ranks.", example = "森林") @QueryParam("q") String q,
            @Parameter(description = "Only indicators changed after this ISO-8601 date-time (or date)", example = "2026-01-01T00:00:00+08:00") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma-separated fields to return", example = "code,name,progress") @QueryParam("fields") String fields,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        IndicatorService.Filter filter = new IndicatorService.Filter(
                CodedValue.parse(Plan.class, plan, "plan"),
                CodedValue.parse(IndicatorKind.class, kind, "kind"),
                CodedValue.parse(Attribute.class, attribute, "attribute"),
                category(category),
                CodedValue.parse(Direction.class, direction, "direction"),
                CodedValue.parse(ValueType.class, valueType, "valueType"),
                CodedValue.parse(ProgressStatus.class, status, "status"),
                Params.elementIds(sourceElement, "sourceElement", MAX_SOURCE_ELEMENTS),
                SearchQuery.optional(q, "q"),
                Params.since(updatedSince, "updatedSince"));
        int pageSize = PageLimit.resolve(limit);
        Set<String> projection = Representations.fields(fields, FIELDS);
        Format fmt = Format.of(format, headers);
        Lang lang = Lang.resolve(acceptLanguage);
        long version = indicators.dataVersion();
        String etag = ETags.strong(version, "indicators", filter, Segmenter.VERSION, pageSize, cursor, projection, fmt, lang,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(
                indicators.page(filter, cursor, pageSize, lang, version), projection, fmt, lang, etag, uri));
    }

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchIndicators", summary = "Search indicators, best match first",
            description = "Indicators holding every term of q (segmented as the list's q filter is: Chinese character "
                    + "pairs, Latin words as substrings) in their names (weight A), code or quoted row or sentence (weight B), "
                    + "ranked by PostgreSQL's ts_rank_cd with normalization 1, table order on ties, each with a snippet that "
                    + "marks the terms with <mark>…</mark> in HTML-escaped text.")
    @APIResponse(responseCode = "200", description = "The matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSearchResults.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response search(
            @Parameter(description = "What to look for, 1 to 100 characters", example = "森林", required = true) @QueryParam("q") String q,
            @Parameter(description = "At most this many matches, 1 to 500 (default 20)") @QueryParam("limit") String limit,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        SearchQuery query = SearchQuery.required(q, "q");
        int max = PageLimit.bounded(limit, "limit", 20, 1, PageLimit.MAX);
        Lang lang = Lang.resolve(acceptLanguage);
        long version = indicators.dataVersion();
        String etag = ETags.strong(version, "indicator-search", query.tsquery(), max, lang, Segmenter.VERSION,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.json(indicators.search(query, max, lang, version), lang, etag));
    }


    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicator", summary = "Get one indicator",
            description = "The indicator with its plan values, source and a progress summary (fyp14) or assessment (fyp13).")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(
            @Parameter(description = "Indicator code", example = "fyp14-03") @PathParam("code") String code,
            @Parameter(description = "Comma-separated fields to return") @QueryParam("fields") String fields,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Set<String> projection = Representations.fields(fields, FIELDS);
        Lang lang = Lang.resolve(acceptLanguage);
        String etag = ETags.strong(indicators.require(code).version, "indicator", code, projection, lang,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.item(indicators.view(code, lang), projection, lang, etag));
    }

    @GET
    @Path("/categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIndicatorCategories", summary = "List indicator categories",
            description = "The category headings of 专栏1 and the goal paragraphs of 第十二章 that prose targets belong to. 专栏2 has no headings.")
    @APIResponse(responseCode = "200", description = "All categories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response categories(@HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        long version = indicators.dataVersion();
        String etag = ETags.strong(version, "categories", lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.json(new CategoryList(indicators.categories(lang, version)), lang, etag));
    }


    private String category(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!indicators.isCategory(code)) {
            throw ProblemException.invalid("category", "unknown category; see /api/v1/indicators/categories");
        }
        return code;
    }
}
