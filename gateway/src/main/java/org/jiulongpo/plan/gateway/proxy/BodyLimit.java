package org.jiulongpo.plan.gateway.proxy;

import org.jiulongpo.plan.common.problem.ProblemType;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The body size limit for bodies that announce no length (a declared Content-Length over the
 * limit is refused before the proxy): the body is counted while it streams to the service, and
 * one that passes the limit is cut off and answered 413 problem+json.
 */
final class BodyLimit implements ProxyInterceptor {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String detail(long maxBytes) {
        return "The request body is over " + maxBytes + " bytes";
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        LimitedBody limited = new LimitedBody(body.stream(), maxBytes);
        context.request().setBody(Body.body(limited));
        return context.sendRequest().recover(failure -> limited.exceeded()
                ? Answers.problem(context, ProblemType.PAYLOAD_TOO_LARGE, detail(maxBytes))
                : Future.failedFuture(failure));
    }
}
