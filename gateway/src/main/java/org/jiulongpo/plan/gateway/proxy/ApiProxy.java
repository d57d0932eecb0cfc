package org.jiulongpo.plan.gateway.proxy;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.http.RouterProblems;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.ratelimit.RateLimiter;
import org.jiulongpo.plan.gateway.security.Authorizer;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves every public operation of the two services under the same path by streaming the
 * request to an instance of the service and its response back: method, query, body, status and
 * headers pass through unchanged (hop-by-hop headers excepted), so ETags, Link, Location,
 * Retry-After and problem+json are the service's own. Before that it enforces what the gateway
 * owns: the rate limit, the body size limit and the token check for writes. A service that
 * cannot be reached answers 503 problem+json with Retry-After, never a hang or a 500.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** RFC 9110 7.6.1: connection-specific headers are not forwarded. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "proxy-connection");
    static final String CLIENT_KEY = "plan.client";
    static final java.util.regex.Pattern TRACEPARENT = java.util.regex.Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    static String newTraceparent() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("00-%016x%016x-%016x-00", random.nextLong(), random.nextLong(), random.nextLong() | 1);
    }

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private final Authorizer authorizer;
    private final RateLimiter rateLimiter;
    private final MeterRegistry metrics;
    private final Vertx vertx;
    private final io.opentelemetry.api.OpenTelemetry telemetry;
    private HttpClient client;

    public ApiProxy(GatewayConfig config, Upstreams upstreams, Authorizer authorizer, RateLimiter rateLimiter,
            MeterRegistry metrics, Vertx vertx, io.opentelemetry.api.OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.config = config;
        this.upstreams = upstreams;
        this.authorizer = authorizer;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerInstance())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                // a client span only inside a trace the gateway records (export on), never a new one
                .setTracingPolicy(io.vertx.core.tracing.TracingPolicy.PROPAGATE)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        // Every /api route, proxied or the gateway's own: rate limit first.
        router.route("/api/*").order(-100).handler(this::limit);
        router.route("/api/v1/indicators").order(-90).handler(ctx -> proxy(ctx, upstreams.indicators()));
        router.route("/api/v1/indicators/*").order(-90).handler(ctx -> proxy(ctx, upstreams.indicators()));
        router.route("/api/v1/projects").order(-90).handler(ctx -> proxy(ctx, upstreams.projects()));
        router.route("/api/v1/projects/*").order(-90).handler(ctx -> proxy(ctx, upstreams.projects()));
    }

    void limit(RoutingContext ctx) {
        if (!rateLimiter.enabled()) {
            ctx.next();
            return;
        }
        var token = authorizer.verify(ctx.request().getHeader("Authorization"));
        String client = token != null && token.getSubject() != null ? "sub:" + token.getSubject()
                : "ip:" + clientAddress(ctx.request());
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
        ctx.next();
    }

    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }

    void proxy(RoutingContext ctx, Upstreams.Upstream upstream) {
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        String contentLength = request.getHeader("Content-Length");
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength) > config.maxBodyBytes()) {
                    RouterProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is over " + config.maxBodyBytes() + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                RouterProblems.send(ctx, ProblemType.VALIDATION, "Content-Length is not a number");
                return;
            }
        }
        Authorizer.Decision decision = authorizer.authorize(method, request.path(), request.getHeader("Authorization"));
        if (!decision.allowed()) {
            RouterProblems.send(ctx, decision.problem(), decision.detail());
            return;
        }
        request.pause();
        forward(ctx, upstream, null);
    }

    private void forward(RoutingContext ctx, Upstreams.Upstream upstream, URI failed) {
        HttpServerRequest request = ctx.request();
        URI instance = upstream.pick(failed);
        if (instance == null) {
            unavailable(ctx, upstream);
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(instance.getHost())
                .setPort(instance.getPort())
                .setURI(request.uri())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.proxyTimeout().toMillis());
        request.headers().forEach(h -> {
            String name = h.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !name.equals("traceparent") && !name.equals("tracestate")) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        // Continue the trace in the service (the proxy's HTTP client is not instrumented itself):
        // from the gateway's span when it makes one, else the caller's traceparent as it came,
        // else a new trace id.
        if (io.opentelemetry.api.trace.Span.current().getSpanContext().isValid()) {
            telemetry.getPropagators().getTextMapPropagator().inject(io.opentelemetry.context.Context.current(), options,
                    (carrier, key, value) -> carrier.putHeader(key, value));
        } else {
            String incoming = request.getHeader("traceparent");
            options.putHeader("traceparent", incoming != null && TRACEPARENT.matcher(incoming).matches() ? incoming
                    : newTraceparent());
            if (incoming != null && request.getHeader("tracestate") != null) {
                options.putHeader("tracestate", request.getHeader("tracestate"));
            }
        }
        options.putHeader("X-Forwarded-For", clientAddress(request));
        options.putHeader("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.host() != null) {
            options.putHeader("X-Forwarded-Host", request.host());
        }
        boolean idempotent = switch (request.method().name()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        client.request(options).onComplete(created -> {
            if (created.failed()) {
                upstream.markDown(instance);
                LOG.debugf("cannot connect to %s at %s: %s", upstream.name(), instance, created.cause().getMessage());
                if (idempotent && failed == null && upstream.instances().size() > 1) {
                    forward(ctx, upstream, instance);
                } else {
                    unavailable(ctx, upstream);
                }
                return;
            }
            HttpClientRequest outbound = created.result();
            var sent = hasBody(request) ? outbound.send(new LimitedBody(request, config.maxBodyBytes(), () -> {
                outbound.reset();
                RouterProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is over " + config.maxBodyBytes() + " bytes");
            })) : outbound.send();
            sent.onComplete(answered -> {
                if (answered.failed()) {
                    if (!ctx.response().headWritten() && !ctx.response().ended()) {
                        LOG.debugf("%s at %s failed: %s", upstream.name(), instance, answered.cause().getMessage());
                        unavailable(ctx, upstream);
                    }
                    return;
                }
                upstream.markUp(instance);
                relay(ctx, answered.result());
            });
        });
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return (length != null && !length.equals("0")) || request.getHeader("Transfer-Encoding") != null;
    }

    private void relay(RoutingContext ctx, HttpClientResponse inbound) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            inbound.request().reset();
            return;
        }
        response.setStatusCode(inbound.statusCode());
        response.setStatusMessage(inbound.statusMessage());
        for (String name : inbound.headers().names()) {
            String lower = name.toLowerCase();
            // the gateway's own X-Correlation-Id and RateLimit-* stand; everything else is the service's
            // the service's traceresponse stands unless the gateway made a span of its own
            boolean ownTrace = lower.equals("traceresponse") && response.headers().contains("traceresponse");
            if (!HOP_BY_HOP.contains(lower) && !lower.startsWith("ratelimit-") && !lower.equals("x-correlation-id")
                    && !ownTrace) {
                response.headers().set(name, inbound.headers().getAll(name));
            }
        }
        if (inbound.getHeader("Content-Length") == null) {
            response.setChunked(true);
        }
        inbound.pipeTo(response).onFailure(e -> LOG.debugf("relay ended early: %s", e.getMessage()));
    }

    private void unavailable(RoutingContext ctx, Upstreams.Upstream upstream) {
        metrics.counter("plan_gateway_upstream_unavailable_total", "service", upstream.name()).increment();
        ctx.response().putHeader("Retry-After", Integer.toString(config.retryAfterSeconds()));
        RouterProblems.send(ctx, ProblemType.SERVICE_UNAVAILABLE,
                upstream.name() + " is unavailable; retry after " + config.retryAfterSeconds() + " s");
    }

    /** Exposed for tests and the readiness check. */
    public Map<String, Upstreams.Upstream> upstreams() {
        return Map.of("indicators-service", upstreams.indicators(), "projects-service", upstreams.projects());
    }

}
