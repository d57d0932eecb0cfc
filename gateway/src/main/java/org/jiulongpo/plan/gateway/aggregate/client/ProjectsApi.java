package org.jiulongpo.plan.gateway.aggregate.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** projects-service, as the aggregates call it. One client is built per instance URL. */
@RegisterRestClient(configKey = "projects")
@Path("/api/v1/projects")
interface ProjectsApi {

    @GET
    @Path("/stats")
    Uni<Downstream.ProjectStats> stats(@QueryParam("latest") int latest);

    @GET
    Uni<Downstream.ProjectPage> list(@QueryParam("limit") int limit, @QueryParam("fields") String fields,
            @QueryParam("q") String q, @HeaderParam("Accept-Language") String language);
}
