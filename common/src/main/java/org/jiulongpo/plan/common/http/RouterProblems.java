package org.jiulongpo.plan.common.http;

import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemResponses;
import org.jiulongpo.plan.common.problem.ProblemType;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problem details for the errors the HTTP layer answers before any resource runs: a path no
 * route serves, a body over the size limit, a failure outside a resource.
 */
@ApplicationScoped
public class RouterProblems {

    /** URIs longer than this are refused with 414 problem+json (the HTTP layer refuses past 64 KiB). */
    public static final int MAX_URI = 16_384;

    void install(@Observes Router router) {
        router.errorHandler(400, ctx -> send(ctx, ProblemType.VALIDATION, "The request is malformed"));
        router.errorHandler(404, ctx -> send(ctx, ProblemType.NOT_FOUND, "No resource at this path"));
        router.errorHandler(405, ctx -> send(ctx, ProblemType.METHOD_NOT_ALLOWED, "This path does not support the method"));
        router.errorHandler(413, ctx -> send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit"));
        router.errorHandler(414, ctx -> send(ctx, ProblemType.URI_TOO_LONG, "The request URI is too long"));
        router.errorHandler(500, ctx -> send(ctx, ProblemType.INTERNAL, "The server could not complete the request"));
        // URIs up to the HTTP layer's limit reach the router; past 16 KiB the answer is a problem too
        router.route().order(Integer.MIN_VALUE + 5).handler(ctx -> {
            String uri = ctx.request().uri();
            if (uri.length() > MAX_URI) {
                send(ctx, ProblemType.URI_TOO_LONG, "The request URI is over " + MAX_URI + " characters");
                return;
            }
            ctx.next();
        });
    }

    public static void send(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        Problem problem = type.problem(detail).withInstance(ProblemResponses.shorten(ctx.request().path()));
        ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (type == ProblemType.UNAUTHORIZED) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().end(io.vertx.core.buffer.Buffer.buffer(ProblemResponses.toBytes(problem)));
    }
}
