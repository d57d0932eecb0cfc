package org.jiulongpo.plan.gateway.proxy;

import java.net.URI;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Which instance a proxied request goes to: the shared selector's pick. A failed connect puts
 * that instance on back-off; a read then tries the other instance once (nothing was sent yet),
 * while a write is answered 503: whether to send a write again is its caller's decision.
 */
final class InstanceOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(InstanceOrigin.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Upstreams.Upstream upstream;
    private final GatewayConfig config;

    InstanceOrigin(Upstreams.Upstream upstream, GatewayConfig config) {
        this.upstream = upstream;
        this.config = config;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return connect(context, null);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, URI failed) {
        URI instance = upstream.pick(failed);
        if (instance == null) {
            return Future.failedFuture(upstream.name() + ": every instance is backing off after a failed connect");
        }
        RequestOptions options = new RequestOptions()
                .setHost(instance.getHost())
                .setPort(instance.getPort())
                .setConnectTimeout(config.connectTimeout().toMillis())
                // a service that does not start answering within the proxy timeout is unavailable
                .setIdleTimeout(config.proxyTimeout().toMillis());
        return context.client().request(options).transform(connected -> {
            if (connected.succeeded()) {
                upstream.markUp(instance);
                return Future.succeededFuture(connected.result());
            }
            upstream.markDown(instance);
            LOG.debugf("cannot connect to %s at %s: %s", upstream.name(), instance, connected.cause().getMessage());
            if (failed == null && READS.contains(context.request().getMethod()) && upstream.instances().size() > 1) {
                return connect(context, instance);
            }
            return Future.failedFuture(connected.cause());
        });
    }
}
