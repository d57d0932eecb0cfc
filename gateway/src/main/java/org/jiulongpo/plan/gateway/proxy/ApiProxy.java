package org.jiulongpo.plan.gateway.proxy;

import java.util.Set;

import org.jiulongpo.plan.common.http.RouterProblems;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.security.Authorizer;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves every public operation of the services under the same path, through Vert.x's
 * reverse proxy: method, query, body, status and headers pass through as they are (hop-by-hop
 * headers excepted), so ETags, Link, Location, Retry-After and problem+json are the service's
 * own. In front of the proxy this route enforces what the gateway owns (the body size limit,
 * the token check for writes; the rate limit runs before every {@code /api} route); the proxy's
 * interceptors add the gateway's headers, and a service that cannot be reached answers 503
 * problem+json with Retry-After, never a hang or a 500.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE);

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private final Authorizer authorizer;
    private final MeterRegistry metrics;
    private final Vertx vertx;
    /** The HTTP server's own limit ({@code quarkus.http.limits.max-body-size}), applied to proxied bodies too. */
    private final long maxBodyBytes;

    public ApiProxy(GatewayConfig config, Upstreams upstreams, Authorizer authorizer, MeterRegistry metrics, Vertx vertx,
            VertxHttpConfig http) {
        this.config = config;
        this.upstreams = upstreams;
        this.authorizer = authorizer;
        this.metrics = metrics;
        this.vertx = vertx;
        this.maxBodyBytes = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerInstance())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                // a client span, and its traceparent for the service, inside the gateway's span; never a trace of its own
                .setTracingPolicy(TracingPolicy.PROPAGATE)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        route(router, "/api/v1/indicators", proxy(client, upstreams.indicators()));
        route(router, "/api/v1/projects", proxy(client, upstreams.projects()));
        route(router, "/api/v1/plan", proxy(client, upstreams.plan()));
        HttpProxy notifications = proxy(client, upstreams.notifications());
        route(router, "/api/v1/events", notifications);
        route(router, "/api/v1/subscriptions", notifications);
    }

    private HttpProxy proxy(HttpClient client, Upstreams.Upstream upstream) {
        // the API has no WebSocket: an upgrade request is an ordinary request, its Upgrade header dropped
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(new InstanceOrigin(upstream, config))
                .addInterceptor(new Unavailable(upstream.name(), config.retryAfterSeconds(),
                        metrics.counter("plan_gateway_upstream_unavailable_total", "service", upstream.name())))
                .addInterceptor(new AnswerBuffer(vertx, (int) Math.min(Integer.MAX_VALUE, config.answerBuffer().asLongValue()),
                        config.answerTimeout()))
                .addInterceptor(new WholeBody(vertx, maxBodyBytes, config.requestBodyTimeout()))
                .addInterceptor(new ForwardedHeaders())
                .addInterceptor(new TraceContext())
                .addInterceptor(new ServiceHeaders());
    }

    private void route(Router router, String path, HttpProxy proxy) {
        Handler<RoutingContext> handler = ctx -> {
            if (admitted(ctx)) {
                proxy.handle(ctx.request());
            }
        };
        router.route(path).order(-90).handler(handler);
        router.route(path + "/*").order(-90).handler(handler);
    }

    private static boolean hasBody(HttpServerRequest request) {
        String contentLength = request.getHeader("Content-Length");
        return request.headers().contains("Transfer-Encoding") || contentLength != null && Long.parseLong(contentLength) > 0;
    }

    /** The checks that need no service; false when the gateway has answered the request itself. */
    private boolean admitted(RoutingContext ctx) {
        String contentLength = ctx.request().getHeader("Content-Length");
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength) > maxBodyBytes) {
                    RouterProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, WholeBody.tooLarge(maxBodyBytes));
                    return false;
                }
            } catch (NumberFormatException e) {
                RouterProblems.send(ctx, ProblemType.VALIDATION, "Content-Length is not a number");
                return false;
            }
        }
        Authorizer.Decision decision = authorizer.authorize(ctx);
        if (!decision.allowed()) {
            RouterProblems.send(ctx, decision.problem(), decision.detail());
            return false;
        }
        if (BODILESS.contains(ctx.request().method()) && hasBody(ctx.request())) {
            // no operation of the API reads one; forwarded, it would hold a service connection while it arrives
            RouterProblems.send(ctx, ProblemType.VALIDATION, "A " + ctx.request().method() + " request has no body");
            return false;
        }
        return true;
    }
}
