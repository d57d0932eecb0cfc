package org.jiulongpo.plan.gateway.aggregate.client;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jiulongpo.plan.gateway.config.GatewayConfig;
import org.jiulongpo.plan.gateway.upstream.Upstreams;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/** plan-service for the aggregates; the same policy as {@link IndicatorsClient}. */
@ApplicationScoped
public class PlanClient {

    static final String SEARCH_BREAKER = "plan-search";
    static final String ELEMENTS_BREAKER = "plan-elements";
    /** The names of this client's circuit breakers, for the readiness probe that closes them early. */
    public static final List<String> BREAKERS = List.of(SEARCH_BREAKER, ELEMENTS_BREAKER);
    static final String WITHIN_FIELDS = "id,type,num,title,titleZh,titleEn,citation";

    private final Instances<PlanApi> instances;

    public PlanClient(Upstreams upstreams, GatewayConfig config) {
        this.instances = new Instances<>(PlanApi.class, upstreams.plan(), config.connectTimeout(), Duration.ofSeconds(5));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SEARCH_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.ElementHits> search(String q, int limit, String language) {
        return instances.call(api -> api.search(q, limit, language));
    }

    /**
     * One page of the element {@code id} and everything printed in it, in document order. An id
     * plan-service refuses as malformed (400) names no element either: an empty page, as for an
     * unknown id, and not a failure that would count towards opening the breaker.
     */
    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 0, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(ELEMENTS_BREAKER)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3, delayUnit = ChronoUnit.SECONDS)
    public Uni<Downstream.ElementPage> within(String id, String cursor, String language) {
        return instances.call(api -> api.within(id, WITHIN_FIELDS, 500, cursor, language))
                .onFailure(PlanClient::refused).recoverWithItem(new Downstream.ElementPage(List.of(), null));
    }

    private static boolean refused(Throwable e) {
        return e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 400;
    }
}
