package org.jiulongpo.plan.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who asked: the caller's address, scheme and host as the gateway saw them,
 * in place of any the caller sent, so that a caller cannot pass for another address.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest outbound = context.request();
        HttpServerRequest request = outbound.proxiedRequest();
        outbound.putHeader("X-Forwarded-For", request.remoteAddress() == null ? "unknown" : request.remoteAddress().host());
        outbound.putHeader("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.host() != null) {
            outbound.putHeader("X-Forwarded-Host", request.host());
        }
        return context.sendRequest();
    }
}
