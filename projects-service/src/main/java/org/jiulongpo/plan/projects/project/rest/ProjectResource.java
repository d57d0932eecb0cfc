package org.jiulongpo.plan.projects.project.rest;

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
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.common.search.Segmenter;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.ProjectKind;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.project.Specificity;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.service.ProjectService;

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

/** Projects: the list, one project, the subcategories. */
@Path("/api/v1/projects")
@Tag(name = "Projects", description = "The items of the plan's project columns (专栏3–19: construction works, programmes, areas, tasks) and their reported status")
public class ProjectResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(Arrays.asList("code", "name", "nameZh", "nameEn", "sector",
            "subcategory", "kind", "specificity", "planStage", "planStagePhrase", "location", "locationZh", "locationEn", "coordinates",
            "status", "progressPercent", "lastReportedAt", "updatedAt", "version", "source", "readingNote"));

    static final int MAX_SOURCE_ELEMENTS = 50;
    /** The longest location filter, in characters. */
    static final int MAX_LOCATION = 100;

    private final ProjectService projects;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ProjectResource(ProjectService projects, Representations representations,
            RepresentationVersion representationVersion) {
        this.projects = projects;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Every item the project columns list, named and generic, in plan order (column by column, each in reading order). "
                    + "Filters combine with AND. "
                    + "A mobile card needs only fields=code,name,sector,status,progressPercent,updatedAt. JSON or CSV (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(ref = "Csv")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "A sector code from /api/v1/projects/code-lists", schema = @Schema(enumeration = { "consumption", "transport", "energy", "water", "new_infrastructure", "regional_cooperation", "innovation", "manufacturing", "services", "urban", "rural", "culture_tourism", "environment", "ecology", "education", "health", "social_security" })) @QueryParam("sector") String sector,
            @Parameter(description = "A subcategory code from /api/v1/projects/subcategories", example = "transport-metro") @QueryParam("subcategory") String subcategory,
            @Parameter(description = "What kind of item", schema = @Schema(enumeration = { "construction", "programme", "area", "task" })) @QueryParam("kind") String kind,
            @Parameter(description = "named or generic", schema = @Schema(enumeration = { "named", "generic" })) @QueryParam("specificity") String specificity,
            @Parameter(description = "Comma-separated plan-service element ids (at most " + MAX_SOURCE_ELEMENTS + "); a project matches when source.element equals one of them exactly", example = "box-4/item-1,box-4/item-2") @QueryParam("sourceElement") String sourceElement,
            @Parameter(description = "What the plan commits to", schema = @Schema(enumeration = { "preliminary_work", "start_construction", "advance_construction", "complete", "implement", "develop", "promote" })) @QueryParam("planStage") String planStage,
            @Parameter(description = "The reported status; not_reported while no report exists", schema = @Schema(enumeration = { "not_reported", "not_started", "preliminary_work", "under_construction", "completed", "suspended", "cancelled" })) @QueryParam("status") String status,
            @Parameter(description = "Substring of the stated location", example = "铜罐驿",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_LOCATION)) @QueryParam("location") String location,
            @Parameter(description = "Search terms, 1 to 100 characters, all required: a run of Chinese characters matches where its character pairs occur (one character: itself), a Latin word or number where it occurs inside a word of nameZh, nameEn, code or location, in any case (docs/data/search.md). Plan order, not ranked: /api/v1/projects/search ranks.", example = "轨道") @QueryParam("q") String q,
            @Parameter(description = "Only projects changed after this ISO-8601 date-time (or date)") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)") @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma-separated fields to return", example = "code,name,sector,status,progressPercent,updatedAt") @QueryParam("fields") String fields,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ProjectService.Filter filter = new ProjectService.Filter(
                CodedValue.parse(Sector.class, sector, "sector"),
                subcategory(subcategory),
                CodedValue.parse(ProjectKind.class, kind, "kind"),
                CodedValue.parse(Specificity.class, specificity, "specificity"),
                Params.elementIds(sourceElement, "sourceElement", MAX_SOURCE_ELEMENTS),
                CodedValue.parse(PlanStage.class, planStage, "planStage"),
                CodedValue.parse(ProjectStatus.class, status, "status"),
                Params.text(location, "location", MAX_LOCATION),
                SearchQuery.optional(q, "q"),
                Params.since(updatedSince, "updatedSince"));
        int pageSize = PageLimit.resolve(limit);
        String after = cursor == null ? null : Cursors.decode(cursor, 1, "cursor").get(0);
        Set<String> projection = Representations.fields(fields, FIELDS);
        Format fmt = Format.of(format, headers);
        Lang lang = Lang.resolve(acceptLanguage);
        long version = projects.dataVersion();
        String etag = ETags.strong(version, "projects", filter, Segmenter.VERSION, pageSize, after, projection, fmt, lang,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(
                projects.page(filter, after, pageSize, lang, version), projection, fmt, lang, etag, uri));
    }

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchProjects", summary = "Search projects, best match first",
            description = "Live projects holding every term of q (segmented as the list's q filter is: Chinese character "
                    + "pairs, Latin words as substrings) in their names (weight A), code or location (weight B), ranked by "
                    + "PostgreSQL's ts_rank_cd with normalization 1, plan order on ties, each with a snippet that marks the "
                    + "terms with <mark>…</mark> in HTML-escaped text.")
    @APIResponse(responseCode = "200", description = "The matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectSearchResults.class)))
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
        long version = projects.dataVersion();
        String etag = ETags.strong(version, "project-search", query.tsquery(), max, lang, Segmenter.VERSION,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.json(projects.search(query, max, lang, version), lang, etag));
    }


    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProject", summary = "Get one project",
            description = "The project with its plan commitment, source and reported status. Its ETag is what If-Match "
                    + "expects on status updates and edits: the tag of any of its representations (language, fields) "
                    + "passes while the project is at that version, a tag of another project never does.")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response get(@Parameter(description = "Project code", example = "transport-rail-yukun-hsr") @PathParam("code") String code,
            @Parameter(description = "Comma-separated fields to return") @QueryParam("fields") String fields,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Set<String> projection = Representations.fields(fields, FIELDS);
        Lang lang = Lang.resolve(acceptLanguage);
        ProjectView project = projects.view(code, lang);
        String etag = ProjectMapper.etag(project.code(), project.version(), projection, lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.item(project, projection, lang, etag));
    }

    @GET
    @Path("/subcategories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProjectSubcategories", summary = "The columns' headings, with Chinese and English labels")
    @APIResponse(responseCode = "200", description = "All subcategories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubcategoryList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response subcategories(@HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        long version = projects.dataVersion();
        String etag = ETags.strong(version, "subcategories", lang, representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.json(projects.subcategories(lang, version), lang, etag));
    }

    /** Exact ids, so a bounded list: each id has the shape of plan-service's ids. */

    private String subcategory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!projects.isSubcategory(code)) {
            throw ProblemException.invalid("subcategory", "unknown subcategory; see /api/v1/projects/subcategories");
        }
        return code;
    }
}
