package org.jiulongpo.plan.gateway.aggregate.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** plan-service, as the aggregates call it. One client is built per instance URL. */
@RegisterRestClient
@Path("/api/v1/plan")
interface PlanApi {

    @GET
    @Path("/search")
    Uni<Downstream.ElementHits> search(@QueryParam("q") String q, @QueryParam("limit") int limit,
            @HeaderParam("Accept-Language") String language);

    /** The element and everything printed in it, in document order, one page after {@code cursor}. */
    @GET
    @Path("/elements")
    Uni<Downstream.ElementPage> within(@QueryParam("within") String id, @QueryParam("fields") String fields,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
            @HeaderParam("Accept-Language") String language);
}
