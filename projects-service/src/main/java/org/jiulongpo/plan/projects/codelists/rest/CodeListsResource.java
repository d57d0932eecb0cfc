package org.jiulongpo.plan.projects.codelists.rest;

import static org.jiulongpo.plan.common.codes.CodedValue.entries;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.projects.changelog.ChangeKind;
import org.jiulongpo.plan.projects.project.PlanStage;
import org.jiulongpo.plan.projects.project.ProjectKind;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.Sector;
import org.jiulongpo.plan.projects.project.Specificity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The labels of every code the projects API speaks. A reader of both {@code project/} and
 * {@code changelog/} (change kinds), so it sits above them.
 */
@Path("/api/v1/projects/code-lists")
@Tag(name = "Projects")
public class CodeListsResource {

    /** The enums change only with a release, which moves the representation version. */
    private static final CodeLists CODE_LISTS = new CodeLists(entries(Sector.values(), CodeLists.Entry::new),
            entries(ProjectKind.values(), CodeLists.Entry::new), entries(Specificity.values(), CodeLists.Entry::new),
            entries(PlanStage.values(), CodeLists.Entry::new), entries(ProjectStatus.values(), CodeLists.Entry::new),
            entries(ChangeKind.values(), CodeLists.Entry::new));

    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public CodeListsResource(Representations representations, RepresentationVersion representationVersion) {
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProjectCodeLists", summary = "Enumerated values with their Chinese and English labels",
            description = "Sectors, kinds, specificities, plan stages, statuses and change kinds.")
    @APIResponse(responseCode = "200", description = "The code lists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeLists.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response codeLists(@HeaderParam("If-None-Match") String ifNoneMatch) {
        String etag = ETags.strong(0, "project-code-lists", representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(CODE_LISTS, null, etag));
    }
}
