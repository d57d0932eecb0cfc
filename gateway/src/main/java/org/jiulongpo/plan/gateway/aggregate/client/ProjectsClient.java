package org.jiulongpo.plan.gateway.aggregate.client;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** projects-service for the aggregates; the same policy as {@link IndicatorsClient}. */
@ApplicationScoped
public class ProjectsClient {

    static final String OVERVIEW_BREAKER = "projects-overview";
    static final String SEARCH_BREAKER = "projects-search";
    static final String CITATIONS_BREAKER = "projects-citations";
    /** The names of this client's circuit breakers, for the readiness probe that closes them early. */
    public static final List<String> BREAKERS = List.of(OVERVIEW_BREAKER, SEARCH_BREAKER, CITATIONS_BREAKER);
    /** At most this many element ids per call: projects-service's limit for sourceElement. */
    public static final int MAX_SOURCE_ELEMENTS = 50;
    static final String CITING_FIELDS = "code,name,nameZh,nameEn,sector,kind,specificity,status,source";

    private final Instances<ProjectsApi> instances;

    public ProjectsClient(Upstreams upstreams, GatewayConfig config) {
        this.instances = new Instances<>(ProjectsApi.class, upstreams.projects(),
                config.connectTimeout(), Duration.ofSeconds(5));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(OVERVIEW_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<RestResponse<Downstream.ProjectStats>> stats(int latest, String ifNoneMatch) {
        return instances.call(api -> api.stats(latest, ifNoneMatch));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SEARCH_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.ProjectHits> search(String q, int limit, String language) {
        return instances.call(api -> api.search(q, limit, language));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(CITATIONS_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.CitingProjects> citing(List<String> elementIds, String language) {
        return instances.call(api -> api.citing(String.join(",", elementIds), 500, CITING_FIELDS, language));
    }
}
