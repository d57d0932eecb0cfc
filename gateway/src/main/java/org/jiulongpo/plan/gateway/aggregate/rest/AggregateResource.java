package org.jiulongpo.plan.gateway.aggregate.rest;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.gateway.aggregate.service.CitedBy;
import org.jiulongpo.plan.gateway.aggregate.service.CitedByService;
import org.jiulongpo.plan.gateway.aggregate.service.Overview;
import org.jiulongpo.plan.gateway.aggregate.service.OverviewService;
import org.jiulongpo.plan.gateway.aggregate.service.SearchResults;
import org.jiulongpo.plan.gateway.aggregate.service.SearchService;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The gateway's own operations: answers that would otherwise take many calls to both services. */
@Path("/api/v1")
@Tag(name = "Aggregates", description = "Answers built from both services in parallel; a sick service degrades them, never fails them")
public class AggregateResource {

    private final OverviewService overview;
    private final SearchService search;
    private final CitedByService citedBy;
    private final Representations representations;

    public AggregateResource(OverviewService overview, SearchService search, CitedByService citedBy,
            Representations representations) {
        this.overview = overview;
        this.search = search;
        this.citedBy = citedBy;
        this.representations = representations;
    }

    @GET
    @Path("/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOverview", summary = "The plan at a glance",
            description = "Indicators by plan, attribute and progress status (with the binding indicators at risk), projects "
                    + "by sector × status and by plan stage, the latest updates of each, and when each part last changed. "
                    + "Fetched from both services in parallel. When a service is down or slow the answer is still 200 within "
                    + "about a second: its part comes from the gateway's last good copy (sources.x.status = stale) or is absent "
                    + "(unavailable).")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Uni<Response> overview(@HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        return overview.overview(lang).map(body -> conditional("getOverview", body, lang, ifNoneMatch));
    }

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "search", summary = "Search indicators, projects and the plan text",
            description = "One search over the three, in Chinese or English. Each service segments q the same way (a run "
                    + "of Chinese characters matches where its character pairs occur, one character itself; a Latin word or "
                    + "number where it occurs inside a word, in any case; every term required), ranks its matches with "
                    + "PostgreSQL's ts_rank_cd (names and titles weigh more than other text) and marks them in a snippet "
                    + "(<mark>…</mark>, the rest HTML-escaped); the gateway asks the three in parallel and merges their "
                    + "answers by rank. When a service is down or slow the answer is still 200 without its type, and "
                    + "sources says which (unavailable). See docs/data/search.md.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Response> search(
            @Parameter(description = "What to look for, 1 to 100 characters, percent-encoded as UTF-8", example = "轨道", required = true) @QueryParam("q") String q,
            @Parameter(description = "Comma-separated: indicator, project, element; all three when absent", example = "project,element") @QueryParam("type") String type,
            @Parameter(description = "At most this many results, 1 to 500 (default 20)") @QueryParam("limit") String limit,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        // refused here as the services would refuse it, before three calls are made
        String query = SearchQuery.required(q, "q").text();
        Set<String> types = types(type);
        int max = PageLimit.bounded(limit, "limit", 20, 1, PageLimit.MAX);
        Lang lang = Lang.resolve(acceptLanguage);
        return search.search(query, types, max, lang).map(body -> conditional("search", body, lang, ifNoneMatch));
    }

    @GET
    @Path("/citations/{id: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCitations", summary = "What cites a plan element",
            description = "The element's citedBy: the indicators and projects whose source.element is the element or "
                    + "anything printed in it (a 专栏 printed in a 节 counts as inside it), in the document order of the "
                    + "elements they cite. plan-service names the element and what is inside it; indicators-service and "
                    + "projects-service are then asked in parallel. When one of those two is down or slow the answer is "
                    + "still 200 without its list, and sources says which (unavailable); without plan-service it is 503.")
    @APIResponse(responseCode = "200", description = "The element and what cites it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CitedBy.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Uni<Response> citations(
            @Parameter(description = "Element id, as in /api/v1/plan/elements/{id}; its / need not be encoded", example = "chp-16/sec-1") @PathParam("id") String id,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        // one rendering slot per element would keep up to every element's answer: rendered each time instead
        return citedBy.citedBy(id, lang).map(body -> answer(render(body), lang, ifNoneMatch));
    }

    private static Set<String> types(String type) {
        if (type == null || type.isBlank()) {
            return SearchService.TYPES;
        }
        Set<String> types = new TreeSet<>();
        for (String t : type.split(",", -1)) {
            String name = t.strip();
            if (!SearchService.TYPES.contains(name)) {
                throw ProblemException.invalid("type", "must be indicator, project or element, or several of them separated by commas");
            }
            types.add(name);
        }
        return types;
    }

    /** The rendered bytes and tag of a body. */
    private record Rendered(Object body, byte[] bytes, String etag) {
    }

    /** Which answer a rendering belongs to: one slot per operation and language. */
    private record Slot(String operation, Lang lang) {
    }

    /**
     * The last rendering of each operation in each language, reused while the service builds an
     * equal body (for the overview: while both services answer 304), so that a revalidation
     * costs no serialising and no hashing.
     */
    private final Map<Slot, Rendered> rendered = new ConcurrentHashMap<>();

    private Response conditional(String operation, Object body, Lang lang, String ifNoneMatch) {
        Slot slot = new Slot(operation, lang);
        Rendered last = rendered.get(slot);
        if (last == null || !last.body().equals(body)) {
            last = render(body);
            rendered.put(slot, last);
        }
        return answer(last, lang, ifNoneMatch);
    }

    private Rendered render(Object body) {
        byte[] bytes = representations.bytes(body);
        return new Rendered(body, bytes, ETags.ofContent(bytes));
    }

    private static Response answer(Rendered last, Lang lang, String ifNoneMatch) {
        if (ETags.noneMatchHits(ifNoneMatch, last.etag())) {
            return ETags.notModified(last.etag());
        }
        return Response.ok(last.bytes(), MediaType.APPLICATION_JSON_TYPE).header("ETag", last.etag())
                .header("Content-Language", lang.tag()).header("Vary", Representations.VARY)
                .header("Cache-Control", "no-cache").build();
    }
}
