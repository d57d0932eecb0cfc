package org.jiulongpo.plan.common.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * One line per request, written when the last byte of the answer has gone out: method, route
 * template (so that one route's lines group, and no path's ids or query end up in the log),
 * status, duration, body bytes, trace id, correlation id and who asked (the token's subject,
 * else the client address). The fields are also put in the logging context for that one line,
 * so that {@code LOG_JSON=true} prints them as JSON fields. Quarkus's own
 * {@code quarkus.http.access-log} cannot print a routing-context value such as the route
 * template. Category {@value #CATEGORY}: set its level to WARN to turn the lines off.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "org.jiulongpo.plan.access";
    /** Where Quarkus REST puts the matched resource's path template (also what metrics tag uri with). */
    static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void install(@Observes Router router) {
        // before every other handler of ours, so that the answers they end early are logged too
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            long start = System.nanoTime();
            SpanContext span = Span.current().getSpanContext();
            String traceId = span.isValid() ? span.getTraceId() : "";
            ctx.addBodyEndHandler(done -> write(ctx, start, traceId));
            ctx.next();
        });
    }

    private static void write(RoutingContext ctx, long start, String traceId) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("method", ctx.request().method().name());
        fields.put("route", route(ctx));
        fields.put("status", Integer.toString(ctx.response().getStatusCode()));
        fields.put("durationMs", Long.toString((System.nanoTime() - start) / 1_000_000));
        fields.put("bytes", Long.toString(ctx.response().bytesWritten()));
        fields.put("traceId", traceId);
        String correlationId = ctx.get(CorrelationIds.MDC_KEY);
        fields.put("correlationId", correlationId == null ? "" : correlationId);
        fields.put("client", client(ctx));
        StringBuilder line = new StringBuilder("access");
        fields.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        Map<String, Object> previous = MDC.getMap();
        try {
            fields.forEach(MDC::put);
            LOG.info(line);
        } finally {
            fields.keySet().forEach(MDC::remove);
            previous.forEach(MDC::put);
        }
    }

    static String route(RoutingContext ctx) {
        // Quarkus REST keeps it in the request's context locals (ObservabilityUtil), not in the routing context
        String template = ctx.request() instanceof HttpServerRequestInternal request
                ? request.context().getLocal(ROUTE_TEMPLATE)
                : null;
        if (template != null) {
            return template;
        }
        // a Vert.x route with a path (health, metrics, the gateway's own routes); else no route matched
        Route route = ctx.currentRoute();
        // "/" is Quarkus REST's own catch-all route: no resource matched
        return route != null && route.getPath() != null && !route.getPath().equals("/") ? route.getPath() : "(unmatched)";
    }

    static String client(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return "sub:" + user.getSecurityIdentity().getPrincipal().getName();
        }
        return ctx.request().remoteAddress() == null ? "" : "ip:" + ctx.request().remoteAddress().hostAddress();
    }
}
