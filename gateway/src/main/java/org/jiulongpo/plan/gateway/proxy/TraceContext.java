package org.jiulongpo.plan.gateway.proxy;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Continues the trace in the service with exactly one {@code traceparent}; the proxy alone would
 * forward the caller's next to the one the HTTP client adds. When the gateway has a span of its
 * own, the proxy's HTTP client sends its client span's traceparent (tracing policy PROPAGATE), so
 * the caller's is dropped; otherwise the caller's goes on when it is well-formed, else a new trace id.
 */
final class TraceContext implements ProxyInterceptor {

    static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest outbound = context.request();
        String incoming = outbound.headers().get("traceparent");
        String state = outbound.headers().get("tracestate");
        outbound.headers().remove("traceparent").remove("tracestate");
        if (!Span.current().getSpanContext().isValid()) {
            outbound.putHeader("traceparent", incoming != null && TRACEPARENT.matcher(incoming).matches() ? incoming
                    : newTraceparent());
            if (incoming != null && state != null) {
                outbound.putHeader("tracestate", state);
            }
        }
        return context.sendRequest();
    }

    static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("00-%016x%016x-%016x-00", random.nextLong(), random.nextLong(), random.nextLong() | 1);
    }
}
