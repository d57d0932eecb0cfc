package org.jiulongpo.plan.document.element.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.common.search.Segmenter;
import org.jiulongpo.plan.document.element.mapping.ContentsView;
import org.jiulongpo.plan.document.element.mapping.DocumentView;
import org.jiulongpo.plan.document.element.mapping.ElementSearchResults;
import org.jiulongpo.plan.document.element.service.PlanService;
import org.jiulongpo.plan.document.element.service.PlanService.Read;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The plan document as a whole: what it is, and its table of contents. */
@Path("/api/v1/plan")
@Tag(name = "Plan text")
public class PlanResource {

    private final PlanService plan;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public PlanResource(PlanService plan, Representations representations, RepresentationVersion representationVersion) {
        this.plan = plan;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlan", summary = "The plan document",
            description = "Title, issuer, dates and index number as its published page prints them, the citation of the "
                    + "whole, and how many elements of each type it has.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response document(@HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        Read<DocumentView> read = plan.document(lang);
        String etag = ETags.strong(read.version(), "plan", lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(read.body().get(), lang, etag));
    }

    @GET
    @Path("/contents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlanContents", summary = "The table of contents",
            description = "The front matter and the 篇, with their 章 and 节 and the 专栏 where they are printed, as a tree; "
                    + "no paragraphs and no box rows (list those with /api/v1/plan/elements?parent=...).")
    @APIResponse(responseCode = "200", description = "The table of contents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContentsView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response contents(
            @Parameter(description = "How deep: 1 the 篇 only, 2 with their 章, 3 with the 节, 4 (default) with every 专栏; larger is capped",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647")) @QueryParam("depth") String depth,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        int levels = PageLimit.resolve(depth, "depth", PlanService.CONTENTS_DEPTH, 1, PlanService.CONTENTS_DEPTH);
        Lang lang = Lang.resolve(acceptLanguage);
        Read<ContentsView> read = plan.contents(levels, lang);
        String etag = ETags.strong(read.version(), "contents", levels, lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(read.body().get(), lang, etag));
    }

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchPlan", summary = "Search the plan text, best match first",
            description = "Elements holding every term of q (segmented as the element list's q filter is: Chinese character "
                    + "pairs, Latin words as substrings) in their number and titles (weight A) or text (weight B), ranked by "
                    + "PostgreSQL's ts_rank_cd with normalization 1, document order on ties, each with a snippet that marks "
                    + "the terms with <mark>…</mark> in HTML-escaped text.")
    @APIResponse(responseCode = "200", description = "The matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElementSearchResults.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response search(
            @Parameter(description = "What to look for, 1 to 100 characters", example = "轨道", required = true) @QueryParam("q") String q,
            @Parameter(description = "At most this many matches, 1 to 500 (default 20)") @QueryParam("limit") String limit,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        SearchQuery query = SearchQuery.required(q, "q");
        int max = PageLimit.bounded(limit, "limit", 20, 1, PageLimit.MAX);
        Lang lang = Lang.resolve(acceptLanguage);
        Read<ElementSearchResults> read = plan.search(query, max, lang);
        String etag = ETags.strong(read.version(), "plan-search", query.tsquery(), max, lang, Segmenter.VERSION,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(read.body().get(), lang, etag));
    }
}
