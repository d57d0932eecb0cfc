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

/**
 * indicators-service for the aggregates, in the style of rest-fights' clients: a timeout per
 * call, one retry (these are idempotent reads) except after a timeout, and a circuit breaker
 * that stops calling a sick service for a few seconds, then lets one call through to see
 * whether it is back.
 */
@ApplicationScoped
public class IndicatorsClient {

    static final String OVERVIEW_BREAKER = "indicators-overview";
    static final String SEARCH_BREAKER = "indicators-search";
    static final String CITATIONS_BREAKER = "indicators-citations";
    /** The names of this client's circuit breakers, for the readiness probe that closes them early. */
    public static final List<String> BREAKERS = List.of(OVERVIEW_BREAKER, SEARCH_BREAKER, CITATIONS_BREAKER);
    /** At most this many element ids per call: indicators-service's limit for sourceElement. */
    public static final int MAX_SOURCE_ELEMENTS = 100;

    static final String CITING_FIELDS = "code,plan,kind,name,nameZh,nameEn,attribute,unit,progress,assessment,relatedCode,source";
    static final String OVERVIEW_FIELDS = "code,plan,kind,name,nameZh,nameEn,attribute,unit,progress,assessment,relatedCode,updatedAt,version";

    private final Instances<IndicatorsApi> instances;

    public IndicatorsClient(Upstreams upstreams, GatewayConfig config) {
        this.instances = new Instances<>(IndicatorsApi.class, upstreams.indicators(),
                config.connectTimeout(), Duration.ofSeconds(5));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(OVERVIEW_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<RestResponse<Downstream.IndicatorPage>> all(String ifNoneMatch) {
        return instances.call(api -> api.listIfChanged(500, OVERVIEW_FIELDS, "zh", ifNoneMatch));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SEARCH_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.IndicatorHits> search(String q, int limit, String language) {
        return instances.call(api -> api.search(q, limit, language));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(CITATIONS_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.CitingIndicators> citing(List<String> elementIds, String language) {
        return instances.call(api -> api.citing(String.join(",", elementIds), 500, CITING_FIELDS, language));
    }
}
