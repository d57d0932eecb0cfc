package org.jiulongpo.plan.gateway.health;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.gateway.aggregate.client.IndicatorsClient;
import org.jiulongpo.plan.gateway.aggregate.client.PlanClient;
import org.jiulongpo.plan.gateway.aggregate.client.ProjectsClient;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Brings a service back as soon as it says it is ready, instead of when a circuit breaker's
 * pause or an instance's back-off happens to end. While a service's breakers are not closed or
 * one of its instances is marked down, each of its instances is asked {@code /q/health/ready} on
 * its management interface every {@code gateway.recovery-probe-interval}. An instance that a probe saw not ready and
 * then sees ready is marked up for the proxy, and the service's breakers are reset: this is the
 * breaker's half-open step, decided by the service's own readiness rather than by a timer.
 * <p>
 * Only a transition counts. A service that is ready but slow keeps failing calls without ever
 * failing a probe, so its breakers follow their own delay and are never forced shut.
 */
@ApplicationScoped
public class RecoveryProbe {

    private static final Logger LOG = Logger.getLogger(RecoveryProbe.class);

    private final GatewayConfig config;
    private final CircuitBreakerMaintenance breakers;
    private final Vertx vertx;
    private final Map<Upstreams.Upstream, List<String>> breakersOf;
    /** What the last probe of each instance saw; absent until a probe has run. */
    private final Map<URI, Boolean> lastSeenReady = new ConcurrentHashMap<>();
    private final AtomicBoolean probing = new AtomicBoolean();
    private HttpClient http;
    private long timer = -1;

    public RecoveryProbe(GatewayConfig config, Upstreams upstreams, CircuitBreakerMaintenance breakers, Vertx vertx) {
        this.config = config;
        this.breakers = breakers;
        this.vertx = vertx;
        // notifications-service has no aggregate client (no breaker): only its proxy back-off is ended early
        this.breakersOf = Map.of(upstreams.indicators(), IndicatorsClient.BREAKERS, upstreams.projects(),
                ProjectsClient.BREAKERS, upstreams.plan(), PlanClient.BREAKERS,
                upstreams.notifications(), List.of());
    }

    void start(@Observes StartupEvent event) {
        long interval = config.recoveryProbeInterval().toMillis();
        if (interval <= 0) {
            return;
        }
        http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(config.connectTimeout().toMillis(), interval * 4))
                .setKeepAlive(false));
        timer = vertx.setPeriodic(interval, id -> tick());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        // one round at a time: a slow probe must not pile up behind the timer
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        List<Upstreams.Upstream> sick = breakersOf.keySet().stream().filter(this::needsProbing).toList();
        if (sick.isEmpty()) {
            lastSeenReady.clear();
            probing.set(false);
            return;
        }
        AtomicInteger pending = new AtomicInteger(sick.stream().mapToInt(u -> u.instances().size()).sum());
        for (Upstreams.Upstream upstream : sick) {
            for (URI instance : upstream.instances()) {
                probe(upstream, instance, () -> {
                    if (pending.decrementAndGet() == 0) {
                        probing.set(false);
                    }
                });
            }
        }
    }

    private boolean needsProbing(Upstreams.Upstream upstream) {
        if (upstream.instances().stream().anyMatch(upstream::isMarkedDown)) {
            return true;
        }
        return breakersOf.get(upstream).stream()
                .anyMatch(name -> breakers.currentState(name) != CircuitBreakerState.CLOSED);
    }

    private void probe(Upstreams.Upstream upstream, URI instance, Runnable done) {
        URI management = upstream.managementOf(instance);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(management.getHost())
                .setPort(management.getPort()).setURI(management.getPath() + "/q/health/ready")
                .setTimeout(Math.max(config.recoveryProbeInterval().toMillis() * 4, 500));
        http.request(options).compose(request -> request.send()).onComplete(answer -> {
            boolean ready = answer.succeeded() && answer.result().statusCode() == 200;
            if (answer.succeeded()) {
                answer.result().body();
            }
            seen(upstream, instance, ready);
            done.run();
        });
    }

    private void seen(Upstreams.Upstream upstream, URI instance, boolean ready) {
        Boolean before = lastSeenReady.put(instance, ready);
        if (ready && Boolean.FALSE.equals(before)) {
            LOG.infof("%s at %s is ready again; calls to it resume", upstream.name(), instance);
            upstream.markUp(instance);
            breakersOf.get(upstream).forEach(breakers::reset);
        }
    }
}
