package org.jiulongpo.plan.gateway.aggregate.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** One REST client per instance of a service, used round-robin. */
final class Instances<T> {

    private final List<T> clients;
    private final AtomicInteger next = new AtomicInteger();

    Instances(Class<T> api, List<URI> urls, Duration connectTimeout, Duration readTimeout) {
        this.clients = urls.stream().map(url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(api)).toList();
    }

    T next() {
        return clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
    }
}
