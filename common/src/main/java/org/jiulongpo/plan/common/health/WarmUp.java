package org.jiulongpo.plan.common.health;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A new instance answers its first requests slowly: classes load, Hibernate parses its queries,
 * the pool opens connections, Jackson builds its serializers. On a loaded machine the first
 * answers of a fresh JVM took longer than the gateway's 1 s timeout, so an instance that said
 * "ready" failed its first calls and the gateway's breaker opened again. So the instance sends
 * itself the requests named in {@code plan.warm-up.paths} a few times after start, and readiness
 * stays DOWN until they have been answered (requests refused before the port opens are sent
 * again) (or {@code plan.warm-up.max-duration} has passed:
 * warming up never keeps an instance out of service for long).
 */
@Readiness
@ApplicationScoped
public class WarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    @ConfigMapping(prefix = "plan.warm-up")
    public interface Config {
        /** Paths (with query) of the reads that matter most, e.g. what the gateway's aggregates call. */
        Optional<List<String>> paths();

        /** How many times each path is requested. */
        @WithDefault("5")
        int rounds();

        @WithDefault("PT30S")
        Duration maxDuration();

        /** Where this instance listens (its requests go to itself, not through the gateway). */
        @WithDefault("${quarkus.http.port}")
        int port();
    }

    private final Config config;
    private final Vertx vertx;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean done;
    private volatile long deadline;

    public WarmUp(Config config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.done = new AtomicBoolean(config.paths().orElse(List.of()).isEmpty());
    }

    void start(@Observes StartupEvent event) {
        List<String> paths = config.paths().orElse(List.of());
        if (paths.isEmpty() || !started.compareAndSet(false, true)) {
            return;
        }
        int port = config.port();
        deadline = System.nanoTime() + config.maxDuration().toNanos();
        long began = System.nanoTime();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1));
        Future<Void> chain = Future.succeededFuture();
        for (int round = 0; round < config.rounds(); round++) {
            for (String path : paths) {
                chain = chain.compose(v -> send(client, port, path));
            }
        }
        chain.onComplete(r -> {
            done.set(true);
            client.close();
            if (r.failed()) {
                LOG.warnf("warm-up stopped: %s", r.cause().toString());
            }
            LOG.infof("warmed up in %d ms (%d requests; slowest answer %d ms, last %d ms)",
                    (System.nanoTime() - began) / 1_000_000, paths.size() * config.rounds(), slowest / 1_000_000,
                    last / 1_000_000);
        });
    }

    private volatile long slowest;
    private volatile long last;

    /**
     * One request, sent again while the connection is refused (the HTTP server opens its port
     * after start-up); whatever it answers, or when the deadline passes, the chain goes on.
     */
    private Future<Void> send(HttpClient client, int port, String path) {
        if (System.nanoTime() - deadline > 0) {
            return Future.succeededFuture();
        }
        long sent = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost("localhost")
                .setPort(port).setURI(path).setTimeout(config.maxDuration().toMillis());
        return client.request(options).compose(request -> request.send()).compose(response -> response.body())
                .<Void>map(body -> {
                    last = System.nanoTime() - sent;
                    slowest = Math.max(slowest, last);
                    return null;
                }).recover(e -> {
                    if (e instanceof ConnectException) {
                        Promise<Void> later = Promise.promise();
                        vertx.setTimer(50, id -> send(client, port, path).onComplete(later));
                        return later.future();
                    }
                    LOG.warnf("warm-up request %s failed: %s", path, e.toString());
                    return Future.succeededFuture();
                });
    }

    @Override
    public HealthCheckResponse call() {
        boolean warm = done.get() || (deadline != 0 && System.nanoTime() - deadline > 0);
        return HealthCheckResponse.named("warm-up").status(warm).build();
    }
}
