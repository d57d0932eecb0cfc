package org.jiulongpo.plan.gateway.aggregate.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** projects-service, as the aggregates call it. One client is built per instance URL. */
@RegisterRestClient
@Path("/api/v1/projects")
interface ProjectsApi {

    /** Conditional: 304 (no body) when {@code ifNoneMatch} is still current. */
    @GET
    @Path("/stats")
    Uni<RestResponse<Downstream.ProjectStats>> stats(@QueryParam("latest") int latest,
            @HeaderParam("If-None-Match") String ifNoneMatch);

    @GET
    @Path("/search")
    Uni<Downstream.ProjectHits> search(@QueryParam("q") String q, @QueryParam("limit") int limit,
            @HeaderParam("Accept-Language") String language);

    /** The projects whose source.element is one of {@code sourceElements} (comma-separated). */
    @GET
    Uni<Downstream.CitingProjects> citing(@QueryParam("sourceElement") String sourceElements,
            @QueryParam("limit") int limit, @QueryParam("fields") String fields,
            @HeaderParam("Accept-Language") String language);
}
