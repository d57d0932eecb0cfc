package org.jiulongpo.plan.gateway.aggregate.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;

/**
 * One REST client per instance of a service, built once. Which instance serves a call is the
 * shared selector's choice, so an instance the proxy found dead is skipped here too, and the
 * other way round.
 */
final class Instances<T> {

    private final Upstreams.Upstream upstream;
    private final Map<URI, T> clients = new LinkedHashMap<>();

    Instances(Class<T> api, Upstreams.Upstream upstream, Duration connectTimeout, Duration readTimeout) {
        this.upstream = upstream;
        for (URI url : upstream.instances()) {
            clients.put(url, QuarkusRestClientBuilder.newBuilder()
                    .baseUri(url)
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(api));
        }
    }

    /**
     * Makes {@code call} on the instance the selector picks. A failed connect puts that instance
     * on back-off, so the caller's retry picks another; an answer ends its back-off.
     */
    <R> Uni<R> call(Function<T, Uni<R>> call) {
        URI instance = upstream.pick(null);
        if (instance == null) {
            return Uni.createFrom().failure(() -> new ProcessingException(
                    upstream.name() + ": every instance is backing off after a failed connect"));
        }
        return call.apply(clients.get(instance))
                .onItem().invoke(() -> upstream.markUp(instance))
                .onFailure(Instances::connectFailed).invoke(() -> upstream.markDown(instance));
    }

    static boolean connectFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
