package org.jiulongpo.plan.document.element.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.common.search.Segmenter;
import org.jiulongpo.plan.document.element.ElementIds;
import org.jiulongpo.plan.document.element.ElementType;
import org.jiulongpo.plan.document.element.mapping.AncestryView;
import org.jiulongpo.plan.document.element.mapping.ElementPage;
import org.jiulongpo.plan.document.element.mapping.ElementView;
import org.jiulongpo.plan.document.element.service.PlanService;
import org.jiulongpo.plan.document.element.service.PlanService.Read;

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

/** The plan's elements: the list, one element in three renditions, its ancestry. */
@Path("/api/v1/plan/elements")
@Tag(name = "Plan text", description = "The plan document: every 篇, 章, 节, paragraph and 专栏 row, its text exactly as printed, citable")
public class ElementResource {

    /** Fields a caller may project with {@code fields=}. */
    static final Set<String> FIELDS = new LinkedHashSet<>(Arrays.asList("id", "type", "num", "numValue", "title",
            "titleZh", "titleEn", "text", "lines", "parent", "children", "order", "depth", "citation", "citationZh",
            "citationEn", "damageNote", "updatedAt", "version"));

    private final PlanService plan;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ElementResource(PlanService plan, Representations representations,
            RepresentationVersion representationVersion) {
        this.plan = plan;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listPlanElements", summary = "List the plan's elements",
            description = "Every element in document order (the front matter, then each 篇 with everything printed in it), "
                    + "filtered by type, by the element they are printed in (directly: parent; at any depth: within), or by change time. JSON or CSV (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "A page of elements",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElementPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "front_matter, part, chapter, section, paragraph, box or box_item") @QueryParam("type") String type,
            @Parameter(description = "Only the elements printed directly in this one", example = "chp-16") @QueryParam("parent") String parent,
            @Parameter(description = "Only this element and everything printed in it, at any depth (a 专栏 printed in a 节 is inside it, though its id is not under the 节's)", example = "chp-16/sec-1") @QueryParam("within") String within,
            @Parameter(description = "Search terms, 1 to 100 characters, all required: a run of Chinese characters matches where its character pairs occur (one character: itself), a Latin word or number where it occurs inside a word of the number, titles or text, in any case (docs/data/search.md). Document order, not ranked: /api/v1/plan/search ranks.", example = "轨道") @QueryParam("q") String q,
            @Parameter(description = "Only elements changed after this ISO-8601 date-time (or date)", example = "2026-01-01T00:00:00+08:00") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma-separated fields to return", example = "id,num,title") @QueryParam("fields") String fields,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        PlanService.Filter filter = new PlanService.Filter(CodedValue.parse(ElementType.class, type, "type"),
                elementId(parent, "parent"), elementId(within, "within"), SearchQuery.optional(q, "q"), Params.since(updatedSince, "updatedSince"));
        int pageSize = PageLimit.resolve(limit);
        Set<String> projection = Representations.fields(fields, FIELDS);
        Format fmt = Format.of(format, headers);
        Lang lang = Lang.resolve(acceptLanguage);
        Read<Page<ElementView>> read = plan.list(filter, cursor, pageSize, lang);
        String etag = ETags.strong(read.version(), "elements", filter, Segmenter.VERSION, pageSize, cursor, projection, fmt, lang,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.collection(read.body().get(), projection, fmt, lang, etag, uri));
    }

    @GET
    @Path("/{id: .+}/ancestry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlanElementAncestry", summary = "The elements an element is printed in",
            description = "From the top-level element (the 篇 or the front matter) down to the element itself.")
    @APIResponse(responseCode = "200", description = "The ancestry, root first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AncestryView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response ancestry(
            @Parameter(description = "Element id; its / need not be encoded", example = "chp-16/sec-1/p-1") @PathParam("id") String id,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        Read<AncestryView> read = plan.ancestry(id, lang);
        String etag = ETags.strong(read.version(), "ancestry", id, lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(read.body().get(), lang, etag));
    }

    @GET
    @Path("/{id: .+}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN })
    @Operation(operationId = "getPlanElement", summary = "Get one element",
            description = "The element as JSON; or, by Accept or format, the element and everything printed in it as "
                    + "HTML (lang=\"zh\", with its place and citation) or as plain text (the printed lines).")
    @APIResponse(responseCode = "200", description = "The element",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElementView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response get(
            @Parameter(description = "Element id; its / need not be encoded", example = "chp-16/sec-1") @PathParam("id") String id,
            @Parameter(description = "Comma-separated fields to return (JSON rendition)", example = "id,num,title,citation") @QueryParam("fields") String fields,
            @Parameter(description = "json, html or text; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        Rendition rendition = Rendition.of(format, headers);
        Set<String> projection = Representations.fields(fields, FIELDS);
        Lang lang = Lang.resolve(acceptLanguage);
        String version = representationVersion.get();
        return switch (rendition) {
            case JSON -> {
                Read<ElementView> read = plan.element(id, lang);
                String etag = ETags.strong(read.version(), "element", id, projection, lang, version);
                yield Conditional.get(ifNoneMatch, etag,
                        () -> representations.item(read.body().get(), projection, lang, etag));
            }
            case HTML -> {
                Read<String> read = plan.html(id);
                String etag = ETags.strong(read.version(), "element-html", id, version);
                yield Conditional.get(ifNoneMatch, etag, () -> printed(read.body().get(), Rendition.HTML_TYPE, etag));
            }
            case TEXT -> {
                Read<String> read = plan.text(id);
                String etag = ETags.strong(read.version(), "element-text", id, version);
                yield Conditional.get(ifNoneMatch, etag, () -> printed(read.body().get(), Rendition.TEXT_TYPE, etag));
            }
        };
    }

    /** The HTML and text renditions are Chinese whatever Accept-Language says: they are the printed text. */
    private static Response printed(String body, String mediaType, String etag) {
        return Response.ok(body, mediaType).header("ETag", etag).header("Content-Language", Lang.ZH.tag())
                .header("Vary", Representations.VARY).build();
    }

    private static String elementId(String id, String field) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!ElementIds.wellFormed(id)) {
            throw ProblemException.invalid(field, "must be an element id such as chp-16 or chp-16/sec-1");
        }
        return id;
    }
}
