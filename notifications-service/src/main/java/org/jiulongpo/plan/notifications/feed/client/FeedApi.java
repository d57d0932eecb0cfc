package org.jiulongpo.plan.notifications.feed.client;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A change feed of the suite's shape, read as any client reads it; the base URI is the feed's URL. */
@Path("")
interface FeedApi {

    /** A page of changes after {@code since} (absent: from the beginning). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode page(@QueryParam("since") String since, @QueryParam("limit") int limit);
}
