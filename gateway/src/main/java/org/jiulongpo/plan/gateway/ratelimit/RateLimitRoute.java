package org.jiulongpo.plan.gateway.ratelimit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jiulongpo.plan.common.http.RouterProblems;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.gateway.security.Authorizer;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The rate limit in front of every {@code /api} route, proxied or the gateway's own: the
 * RateLimit headers on every answer, 429 problem+json with Retry-After past the limit, or while
 * the client already has the most requests in flight that it may have. A client is its token's
 * subject, else its address.
 */
@ApplicationScoped
public class RateLimitRoute {

    private final RateLimiter rateLimiter;
    private final InFlight inFlight;
    private final Authorizer authorizer;

    public RateLimitRoute(RateLimiter rateLimiter, InFlight inFlight, Authorizer authorizer) {
        this.rateLimiter = rateLimiter;
        this.inFlight = inFlight;
        this.authorizer = authorizer;
    }

    void install(@Observes Router router) {
        if (rateLimiter.enabled()) {
            // before the proxy's routes (-90) and the resources
            router.route("/api/*").order(-100).handler(this::limit);
        }
    }

    void limit(RoutingContext ctx) {
        JsonWebToken token = authorizer.token(ctx);
        String client = token != null && token.getSubject() != null ? "sub:" + token.getSubject()
                : "ip:" + address(ctx.request());
        RateLimiter.Verdict verdict = rateLimiter.take(client);
        HttpServerResponse response = ctx.response();
        response.putHeader("RateLimit-Limit", Integer.toString(verdict.limit()));
        response.putHeader("RateLimit-Remaining", Integer.toString(verdict.remaining()));
        response.putHeader("RateLimit-Reset", Long.toString(verdict.resetSeconds()));
        if (!verdict.allowed()) {
            response.putHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
            RouterProblems.send(ctx, ProblemType.TOO_MANY_REQUESTS,
                    "Rate limit exceeded; retry after " + verdict.retryAfterSeconds() + " s");
            return;
        }
        if (!inFlight.enter(client)) {
            response.putHeader("Retry-After", "1");
            RouterProblems.send(ctx, ProblemType.TOO_MANY_REQUESTS,
                    "This client already has " + inFlight.max() + " requests in flight; retry after 1 s");
            return;
        }
        // on the end of the answer and on a connection closed before it
        ctx.addEndHandler(done -> inFlight.leave(client));
        ctx.next();
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
