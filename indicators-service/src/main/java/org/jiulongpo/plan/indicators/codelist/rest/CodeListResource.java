package org.jiulongpo.plan.indicators.codelist.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.indicators.codelist.CodeLists;
import org.jiulongpo.plan.indicators.indicator.rest.IndicatorResource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The code lists of the indicator API. Its own resource, above the three features, because it
 * lists the codes of all of them (observation statuses too), which indicator/ may not import.
 */
@Path("/api/v1/indicators/code-lists")
@Tag(name = IndicatorResource.TAG, description = IndicatorResource.TAG_DESCRIPTION)
public class CodeListResource {

    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public CodeListResource(Representations representations, RepresentationVersion representationVersion) {
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorCodeLists", summary = "Enumerated values with their Chinese and English labels",
            description = "Every enum of the indicator API: plans, attributes, directions, value types, qualifiers, progress statuses, assessments, observation statuses.")
    @APIResponse(responseCode = "200", description = "The code lists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeLists.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response codeLists(@HeaderParam("If-None-Match") String ifNoneMatch) {
        String etag = ETags.strong(0, "code-lists", representationVersion.get());
        return Conditional.get(ifNoneMatch, etag, () -> representations.json(CodeLists.ALL, null, etag));
    }
}
