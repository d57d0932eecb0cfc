package org.jiulongpo.plan.projects.project.rest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.change.ChangeKind;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.ProjectSubcategory;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.service.ProjectService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Projects: list, one, statistics, code lists, and definition edits. */
@Path("/api/v1/projects")
@Tag(name = "Projects", description = "The plan's major projects (专栏4 transport, 专栏5 energy, 专栏6 water, 专栏17 education) and their status")
public class ProjectResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(Arrays.asList("code", "name", "nameZh", "nameEn", "sector",
            "subcategory", "planStage", "planStagePhrase", "location", "locationZh", "locationEn", "coordinates",
            "status", "progressPercent", "lastReportedAt", "updatedAt", "version", "source", "readingNote"));
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ProjectService projects;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ProjectResource(ProjectService projects, Representations representations,
            RepresentationVersion representationVersion) {
        this.projects = projects;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    /** The ETag of a project's default representation (Chinese, all fields): what If-Match expects. */
    public static String etag(Project p, Set<String> projection, Lang lang, String representationVersion) {
        return ETags.strong(p.version, "project", p.code, projection, lang, representationVersion);
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Every individually named project of 专栏4, 5, 6 and 17, in plan order. Filters combine with AND. "
                    + "A mobile card needs only fields=code,name,sector,status,progressPercent,updatedAt. JSON or CSV (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lists.ProjectPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response list(
            @Parameter(description = "transport, energy, water or education") @QueryParam("sector") String sector,
            @Parameter(description = "A subcategory code from /api/v1/projects/subcategories", example = "transport-metro") @QueryParam("subcategory") String subcategory,
            @Parameter(description = "preliminary_work, start_construction, advance_construction, complete or implement") @QueryParam("planStage") String planStage,
            @Parameter(description = "not_started, preliminary_work, under_construction, completed, suspended or cancelled") @QueryParam("status") String status,
            @Parameter(description = "Substring of the stated location", example = "铜罐驿") @QueryParam("location") String location,
            @Parameter(description = "Search in nameZh, nameEn and code", example = "轨道") @QueryParam("q") String q,
            @Parameter(description = "Only projects changed after this ISO-8601 date-time (or date)") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma-separated fields to return", example = "code,name,sector,status,progressPercent,updatedAt") @QueryParam("fields") String fields,
            @Parameter(description = "json or csv; overrides Accept") @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ProjectService.Filter filter = new ProjectService.Filter(
                CodedValue.parse(Sector.class, sector, "sector"),
                subcategory(subcategory),
                CodedValue.parse(PlanStage.class, planStage, "planStage"),
                CodedValue.parse(ProjectStatus.class, status, "status"),
                Params.text(location, "location", 100),
                Params.text(q, "q", 100),
                Params.since(updatedSince, "updatedSince"));
        int pageSize = PageLimit.resolve(limit);
        String after = cursor == null ? null : Cursors.decode(cursor, 1, "cursor").get(0);
        Set<String> projection = Representations.fields(fields, FIELDS);
        Format fmt = Format.of(format, headers);
        Lang lang = Lang.resolve(acceptLanguage);
        long version = projects.dataVersion();
        String etag = ETags.strong(version, "projects", filter, pageSize, after, projection, fmt, lang,
                representationVersion.get());
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        List<Project> rows = projects.list(filter, after, pageSize + 1, version);
        boolean more = rows.size() > pageSize;
        List<Project> pageRows = more ? rows.subList(0, pageSize) : rows;
        Map<String, ProjectSubcategory> subs = projects.subcategories();
        Page<ProjectView> page = new Page<>(pageRows.stream().map(p -> ProjectMapper.toView(p, subs, lang)).toList(),
                more ? Cursors.encode(ProjectService.sortKey(pageRows.get(pageRows.size() - 1))) : null);
        return representations.collection(page, projection, fmt, lang, etag, uri);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProject", summary = "Get one project",
            description = "The project with its plan commitment, source and reported status. Its ETag is what If-Match "
                    + "expects on status updates and edits.")
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
        Project p = projects.live(code);
        String etag = etag(p, projection, lang, representationVersion.get());
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        return representations.item(ProjectMapper.toView(p, projects.subcategories(), lang), projection, lang, etag);
    }

    @PATCH
    @Path("/{code}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("plan-admin")
    @SecurityRequirement(name = "bearer", scopes = { "plan-admin" })
    @Operation(operationId = "editProject", summary = "Edit a project's definition (role plan-admin)",
            description = "JSON merge patch (RFC 7396) of nameZh, nameEn, locationZh, locationEn, latitude, longitude: "
                    + "a field set to null is cleared (names cannot be). Requires If-Match with the project's ETag. "
                    + "The change feed reports the edit.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = Lists.ProjectEdit.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lists.ProjectEdit.class)) })
    @APIResponse(responseCode = "200", description = "The edited project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response edit(@Parameter(description = "Project code", example = "water-reservoir-yinshanhu") @PathParam("code") String code,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Accept-Language") String acceptLanguage,
            Map<String, Object> patch) {
        if (patch == null || patch.isEmpty()) {
            throw ProblemException.invalid("body", "must be a JSON object with at least one editable field");
        }
        Lang lang = Lang.resolve(acceptLanguage);
        Project p = projects.edit(code, ifMatch, new ProjectService.Edit(patch));
        return representations.item(ProjectMapper.toView(p, projects.subcategories(), lang), Set.of(), lang,
                etag(p, Set.of(), lang, representationVersion.get()));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("plan-admin")
    @SecurityRequirement(name = "bearer", scopes = { "plan-admin" })
    @Operation(operationId = "removeProject", summary = "Remove a project (role plan-admin)",
            description = "Soft delete: the project leaves lists and answers 410 Gone; its history stays, and the change "
                    + "feed reports a tombstone. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response remove(@Parameter(description = "Project code") @PathParam("code") String code,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch) {
        projects.remove(code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProjectStats", summary = "Counts by sector × status and by plan stage, and the latest updates")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lists.Stats.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response stats(
            @Parameter(description = "How many of the latest status updates to include, 0 to 50 (default 5)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "50")) @QueryParam("latest") String latest,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        int latestCount = PageLimit.resolve(latest, "latest", 5, 0, 50);
        String etag = ETags.strong(projects.dataVersion(), "stats", latestCount, representationVersion.get());
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        Map<Sector, Map<ProjectStatus, Long>> grid = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            Map<ProjectStatus, Long> row = new EnumMap<>(ProjectStatus.class);
            for (ProjectStatus st : ProjectStatus.values()) {
                row.put(st, 0L);
            }
            grid.put(s, row);
        }
        long total = 0;
        for (Object[] r : projects.countsBySectorAndStatus()) {
            long n = ((Number) r[2]).longValue();
            grid.get((Sector) r[0]).put((ProjectStatus) r[1], n);
            total += n;
        }
        Map<String, Map<String, Long>> bySectorAndStatus = new LinkedHashMap<>();
        Map<String, Long> bySector = new LinkedHashMap<>();
        grid.forEach((sector, row) -> {
            Map<String, Long> out = new LinkedHashMap<>();
            row.forEach((st, n) -> out.put(st.code(), n));
            bySectorAndStatus.put(sector.code(), out);
            bySector.put(sector.code(), row.values().stream().mapToLong(Long::longValue).sum());
        });
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (PlanStage stage : PlanStage.values()) {
            byStage.put(stage.code(), 0L);
        }
        for (Object[] r : projects.countsByPlanStage()) {
            byStage.put(((PlanStage) r[0]).code(), ((Number) r[1]).longValue());
        }
        return representations.json(new Lists.Stats(bySectorAndStatus, byStage, bySector, total, projects.lastUpdated(),
                projects.latestUpdates(latestCount)), null, etag);
    }

    @GET
    @Path("/subcategories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProjectSubcategories", summary = "The columns' headings, with Chinese and English labels")
    @APIResponse(responseCode = "200", description = "All subcategories",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lists.SubcategoryList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response subcategories(@HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        String etag = ETags.strong(projects.dataVersion(), "subcategories", lang, representationVersion.get());
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Project p : projects.list(new ProjectService.Filter(null, null, null, null, null, null, null), null,
                PageLimit.MAX)) {
            counts.merge(p.subcategoryCode, 1L, Long::sum);
        }
        List<Lists.SubcategoryView> items = projects.subcategories().values().stream()
                .map(s -> new Lists.SubcategoryView(s.code, s.sector.code(), lang.pick(s.nameZh, s.nameEn), s.nameZh, s.nameEn,
                        counts.getOrDefault(s.code, 0L).intValue()))
                .toList();
        return representations.json(new Lists.SubcategoryList(items), lang, etag);
    }

    @GET
    @Path("/code-lists")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProjectCodeLists", summary = "Enumerated values with their Chinese and English labels",
            description = "Sectors, plan stages, statuses and change kinds.")
    @APIResponse(responseCode = "200", description = "The code lists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lists.CodeLists.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response codeLists(@HeaderParam("If-None-Match") String ifNoneMatch) {
        String etag = ETags.strong(0, "project-code-lists", representationVersion.get());
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        return representations.json(new Lists.CodeLists(Lists.Entry.of(Sector.values()),
                Lists.Entry.of(PlanStage.values()), Lists.Entry.of(ProjectStatus.values()),
                Lists.Entry.of(ChangeKind.values())), null, etag);
    }

    private String subcategory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!projects.subcategories().containsKey(code)) {
            throw ProblemException.invalid("subcategory", "unknown subcategory; see /api/v1/projects/subcategories");
        }
        return code;
    }
}
