package org.jiulongpo.plan.gateway.proxy;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.problem.ProblemType;

import io.micrometer.core.instrument.Counter;
import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A service that could not be reached, or failed before it answered, is 503 problem+json with
 * Retry-After, in place of the library's bare 502: callers and the SDK retry on 503.
 */
final class Unavailable implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Unavailable.class);

    private final String service;
    private final int retryAfterSeconds;
    private final Counter unavailable;

    Unavailable(String service, int retryAfterSeconds, Counter unavailable) {
        this.service = service;
        this.retryAfterSeconds = retryAfterSeconds;
        this.unavailable = unavailable;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            LOG.debugf("%s did not answer %s: %s", service, context.request().getURI(), failure.getMessage());
            unavailable.increment();
            return Answers.problem(context, ProblemType.SERVICE_UNAVAILABLE,
                    service + " is unavailable; retry after " + retryAfterSeconds + " s")
                    .onSuccess(response -> response.putHeader("Retry-After", Integer.toString(retryAfterSeconds)));
        });
    }
}
