package org.jiulongpo.plan.gateway.proxy;

import java.util.List;
import java.util.Set;

import org.jiulongpo.plan.common.http.CorrelationIds;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * Which of the service's response headers reach the caller: all but the connection-specific ones
 * (RFC 9110 7.6.1; the library drops only Transfer-Encoding from responses, see
 * eclipse-vertx/vertx-http-proxy#152) and those the gateway answers for itself: its
 * X-Correlation-Id and RateLimit-* stand, and its traceresponse when it made a span of its own.
 * A 304 or 204 is sent with no body and so with no body framing.
 */
final class ServiceHeaders implements ProxyInterceptor {

    static final Set<String> CONNECTION_SPECIFIC = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "upgrade");

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        MultiMap own = context.request().proxiedRequest().response().headers();
        List<String> dropped = headers.names().stream()
                .filter(name -> CONNECTION_SPECIFIC.contains(name.toLowerCase())
                        || name.regionMatches(true, 0, "RateLimit-", 0, 10)
                        || name.equalsIgnoreCase(CorrelationIds.HEADER)
                        || (name.equalsIgnoreCase("traceresponse") && own.contains(name)))
                .toList();
        dropped.forEach(headers::remove);
        int status = context.response().getStatusCode();
        if (status == 304 || status == 204) {
            // RFC 9112 6.3: these have no body; with one to stream, the library would announce it chunked
            context.response().setBody(null);
        }
        return context.sendResponse();
    }
}
