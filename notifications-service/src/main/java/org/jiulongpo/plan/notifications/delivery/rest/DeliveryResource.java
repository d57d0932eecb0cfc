package org.jiulongpo.plan.notifications.delivery.rest;

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
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.notifications.delivery.mapping.DeliveryPage;
import org.jiulongpo.plan.notifications.delivery.mapping.DeliveryView;
import org.jiulongpo.plan.notifications.delivery.mapping.Redelivery;
import org.jiulongpo.plan.notifications.delivery.mapping.RedeliveryQueued;
import org.jiulongpo.plan.notifications.delivery.service.DeliveryLog;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** A subscription's delivery log and its redeliveries (role subscriber, the subscription's owner only). */
@Path("/api/v1/subscriptions")
@Tag(name = "Subscriptions")
@RolesAllowed({ "subscriber", "plan-admin" })
@SecurityRequirement(name = "bearer", scopes = { "subscriber" })
public class DeliveryResource {

    private static final Set<String> STATUSES = Set.of("pending", "delivered", "failed");

    private final DeliveryLog log;
    private final Representations representations;

    public DeliveryResource(DeliveryLog log, Representations representations) {
        this.log = log;
        this.representations = representations;
    }

    @GET
    @Path("/{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDeliveries", summary = "Your subscription's delivery log (role subscriber)",
            description = "Newest first: one entry per event delivered, or to be, with every attempt (time, status, latency).")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Parameter(description = "Only deliveries in this status", schema = @Schema(enumeration = { "pending", "delivered", "failed" })) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context SecurityContext security) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be pending, delivered or failed");
        }
        long before = cursor == null ? 0 : Cursors.longPart(Cursors.decode(cursor, 1, "cursor"), 0, "cursor");
        Page<DeliveryView> page = log.page(owner(security), id, before, status, PageLimit.resolve(limit));
        String etag = ETags.ofContent(representations.bytes(page));
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(page, Set.of(),
                Representations.Format.JSON, null, etag, uri));
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDelivery", summary = "One delivery with its attempts (role subscriber)")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Parameter(description = "Delivery id") @PathParam("deliveryId") String deliveryId,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context SecurityContext security) {
        DeliveryView view = log.get(owner(security), id, deliveryId(deliveryId));
        String etag = ETags.ofContent(representations.bytes(view));
        return Conditional.get(ifNoneMatch, etag, () -> representations.item(view, Set.of(), null, etag));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeliver", summary = "Deliver one event again (role subscriber)",
            description = "The delivery is due now, whatever its status, with a new retry window; its earlier attempts stay in its log. "
                    + "The receiver gets the same webhook-id again.")
    @APIResponse(responseCode = "202", description = "Due now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response redeliver(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Parameter(description = "Delivery id") @PathParam("deliveryId") String deliveryId,
            @Context SecurityContext security) {
        DeliveryView view = log.redeliver(owner(security), id, deliveryId(deliveryId));
        return Response.accepted(representations.bytes(view)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/{id}/redeliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeliverSince", summary = "Deliver again every event since a cursor (role subscriber)",
            description = "Every event of the log after the cursor that passes the subscription's filters is due now: "
                    + "delivered again, or for the first time if it never was (e.g. while the subscription was disabled).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Redelivery.class)))
    @APIResponse(responseCode = "202", description = "How many deliveries are due now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedeliveryQueued.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response redeliverSince(@Parameter(description = "Subscription id") @PathParam("id") String id,
            Redelivery body, @Context SecurityContext security) {
        if (body == null || body.since() == null) {
            throw ProblemException.invalid("since", "is required: a cursor of the event log");
        }
        int due = log.redeliverSince(owner(security), id, EventMapper.seq(body.since(), "since"));
        return Response.accepted(representations.bytes(new RedeliveryQueued(due))).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static long deliveryId(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            throw ProblemException.invalid("deliveryId", "must be a delivery's id");
        }
        return Long.parseLong(value);
    }

    private static String owner(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
