package org.jiulongpo.plan.gateway.proxy;

import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemResponses;
import org.jiulongpo.plan.common.problem.ProblemType;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;

/** The gateway's own answer to a proxied request the service did not answer. */
final class Answers {

    private Answers() {
    }

    /** A problem+json answer in place of the service's; the request is released, nothing more of it is forwarded. */
    static Future<ProxyResponse> problem(ProxyContext context, ProblemType type, String detail) {
        Problem problem = type.problem(detail)
                .withInstance(ProblemResponses.shorten(context.request().proxiedRequest().path()));
        ProxyResponse response = context.request().release().response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(ProblemResponses.toBytes(problem))));
        return Future.succeededFuture(response);
    }

    /**
     * Ends the client's exchange now, dropping what it has not read: HTTP/2 resets the stream;
     * HTTP/1.x closes the socket. Vert.x's own close, which also handles a close of the channel
     * (its handler sits last in the pipeline), first waits until the client has read everything
     * queued, which a client that reads nothing never does; a close issued from the pipeline's
     * first handler passes no Vert.x handler and drops the queue.
     */
    static void disconnect(HttpServerRequest client) {
        if (client.version() == HttpVersion.HTTP_2) {
            client.response().reset();
        } else {
            ((ConnectionBase) client.connection()).channel().pipeline().firstContext().close();
        }
    }
}
