package org.jiulongpo.plan.indicators.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.jiulongpo.plan.indicators.indicator.mapping.ProgressView;
import org.jiulongpo.plan.indicators.indicator.service.IndicatorService;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Progress of a 14th-plan indicator toward its 2025 target. */
@Path("/api/v1/indicators/{code}/progress")
@Tag(name = "Progress", description = "Are we on track? The trajectory to the 2025 target, the verdict and the formula behind it")
public class ProgressResource {

    private final IndicatorService indicators;
    private final Representations representations;
    private final RepresentationVersion representationVersion;

    public ProgressResource(IndicatorService indicators, Representations representations,
            RepresentationVersion representationVersion) {
        this.indicators = indicators;
        this.representations = representations;
        this.representationVersion = representationVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorProgress", summary = "Progress toward the 2025 target",
            description = "Expected trajectory for 2020-2025 (linear from baseline to target for levels, ratios and cumulative totals; "
                    + "the running average for annual-average-growth targets), the latest observation, the progress ratio and the status "
                    + "(achieved, on_track, at_risk, off_track, no_data, not_quantified) with its formula. Only fyp14 indicators have progress; "
                    + "fyp13 indicators carry an assessment instead.")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Indicator code", example = "fyp14-03") @PathParam("code") String code,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lang lang = Lang.resolve(acceptLanguage);
        String etag = ETags.strong(indicators.requireWithProgress(code).version, "progress", code, lang,
                representationVersion.get());
        return Conditional.get(ifNoneMatch, etag,
                () -> representations.json(indicators.progress(code, lang), lang, etag));
    }
}
