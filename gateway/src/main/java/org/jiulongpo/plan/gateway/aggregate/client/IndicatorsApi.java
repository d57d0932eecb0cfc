package org.jiulongpo.plan.gateway.aggregate.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** indicators-service, as the aggregates call it. One client is built per instance URL. */
@RegisterRestClient
@Path("/api/v1/indicators")
interface IndicatorsApi {

    @GET
    @Path("/search")
    Uni<Downstream.IndicatorHits> search(@QueryParam("q") String q, @QueryParam("limit") int limit,
            @HeaderParam("Accept-Language") String language);

    /** The same list, conditional: 304 (no body) when {@code ifNoneMatch} is still current. */
    @GET
    Uni<RestResponse<Downstream.IndicatorPage>> listIfChanged(@QueryParam("limit") int limit,
            @QueryParam("fields") String fields, @HeaderParam("Accept-Language") String language,
            @HeaderParam("If-None-Match") String ifNoneMatch);

    /** The indicators whose source.element is one of {@code sourceElements} (comma-separated). */
    @GET
    Uni<Downstream.CitingIndicators> citing(@QueryParam("sourceElement") String sourceElements,
            @QueryParam("limit") int limit, @QueryParam("fields") String fields,
            @HeaderParam("Accept-Language") String language);
}
