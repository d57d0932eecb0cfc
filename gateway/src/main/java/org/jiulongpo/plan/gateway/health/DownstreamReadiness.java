package org.jiulongpo.plan.gateway.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reports each downstream service instance's readiness. The gateway itself stays ready when a
 * service is down: it degrades its answers (503 for that service's paths, partial aggregates)
 * rather than stopping traffic to all of them, so this check is UP and carries the detail.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements HealthCheck {

    private final Upstreams upstreams;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    public DownstreamReadiness(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services").up();
        for (Upstreams.Upstream upstream : upstreams.all()) {
            int ready = 0;
            for (URI instance : upstream.instances()) {
                boolean up = ready(upstream.managementOf(instance));
                builder.withData(upstream.name() + " " + instance, up ? "UP" : "DOWN");
                ready += up ? 1 : 0;
            }
            builder.withData(upstream.name(), ready > 0 ? "UP" : "DOWN");
        }
        return builder.build();
    }

    private boolean ready(URI management) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(1)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
