package org.jiulongpo.plan.notifications.subscription.rest;

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
import org.jiulongpo.plan.common.http.Conditional;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.notifications.subscription.mapping.CreatedSubscription;
import org.jiulongpo.plan.notifications.subscription.mapping.RotatedSecret;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionMapper;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionPage;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionView;
import org.jiulongpo.plan.notifications.subscription.service.SubscriptionService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

/** Webhook subscriptions of the caller (role subscriber; plan-admin may too): each is its creator's only, whatever the role. */
@Path("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "Webhooks: the event log's events POSTed to your callback, signed (Standard Webhooks)")
@RolesAllowed({ "subscriber", "plan-admin" })
@SecurityRequirement(name = "bearer", scopes = { "subscriber" })
public class SubscriptionResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String NOT_YOURS = "A subscription of another subject answers 404, as one that does not exist";

    private final SubscriptionService subscriptions;
    private final Representations representations;

    public SubscriptionResource(SubscriptionService subscriptions, Representations representations) {
        this.subscriptions = subscriptions;
        this.representations = representations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a callback to events (role subscriber)",
            description = "The callback must be https on a public address, and pass the CloudEvents webhook validation "
                    + "handshake: it is sent OPTIONS with WebHook-Request-Origin and must answer 2xx with "
                    + "WebHook-Allowed-Origin naming that origin or *. Events logged from then on that pass the filters are "
                    + "POSTed to it. The answer shows the whsec_ signing secret, this once. With Idempotency-Key, a retry "
                    + "returns the first response.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewSubscription.class)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedSubscription.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The callback is refused (not https, a non-public address, or the "
            + "validation handshake failed; errors[0].message says which), or the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body return the first response") @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            NewSubscription body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalid("body", "must be a JSON object with url");
        }
        String key = IdempotencyStore.validate(idempotencyKey);
        IdempotencyStore.Outcome outcome = subscriptions.create(owner(security), key,
                IdempotencyStore.hash(representations.bytes(body)), body.url(), body.filters());
        return outcome.response().toResponse(outcome.replayed());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSubscriptions", summary = "Your subscriptions (role subscriber)",
            description = "Only the caller's own, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(
            @Parameter(description = "Page size, 1 to 500 (default 50; larger is capped)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from nextCursor") @QueryParam("cursor") String cursor,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, @Context SecurityContext security) {
        long after = cursor == null ? 0 : Cursors.longPart(Cursors.decode(cursor, 1, "cursor"), 0, "cursor");
        Page<SubscriptionView> page = subscriptions.list(owner(security), after, PageLimit.resolve(limit));
        String etag = ETags.ofContent(representations.bytes(page));
        return Conditional.get(ifNoneMatch, etag, () -> representations.collection(page, Set.of(),
                Representations.Format.JSON, null, etag, uri));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSubscription", summary = "One of your subscriptions (role subscriber)", description = NOT_YOURS + ".")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context SecurityContext security) {
        SubscriptionView view = subscriptions.get(owner(security), id);
        String etag = SubscriptionMapper.etag(view);
        return Conditional.get(ifNoneMatch, etag, () -> representations.item(view, Set.of(), null, etag));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editSubscription", summary = "Change your subscription's filters, pause or resume it (role subscriber)",
            description = "JSON merge patch (RFC 7396) of filters and enabled; requires If-Match with the subscription's ETag. "
                    + "Setting enabled to true resumes a subscription the service disabled, and clears disabledReason. " + NOT_YOURS + ".")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = SubscriptionEdit.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionEdit.class)) })
    @APIResponse(responseCode = "200", description = "The edited subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response edit(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch,
            Map<String, Object> patch, @Context SecurityContext security) {
        SubscriptionView view = subscriptions.edit(owner(security), id, ifMatch, patch);
        return representations.item(view, Set.of(), null, SubscriptionMapper.etag(view));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeSubscription", summary = "Unsubscribe (role subscriber)",
            description = "Nothing more is delivered; the subscription and its delivery log are removed. Requires If-Match. "
                    + NOT_YOURS + ".")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response remove(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Parameter(description = "The ETag you last read") @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        subscriptions.remove(owner(security), id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate your subscription's signing secret (role subscriber)",
            description = "A new whsec_ secret, shown this once. The previous one goes on signing next to it until "
                    + "previousSecretValidUntil (24 hours by default): meanwhile every delivery carries both signatures, "
                    + "space-separated in webhook-signature, so the receiver can switch at any moment. " + NOT_YOURS + ".")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RotatedSecret.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RotatedSecret rotate(@Parameter(description = "Subscription id") @PathParam("id") String id,
            @Context SecurityContext security) {
        return subscriptions.rotate(owner(security), id);
    }

    static String owner(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
