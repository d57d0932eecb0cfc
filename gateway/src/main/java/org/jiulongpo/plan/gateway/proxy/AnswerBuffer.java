package org.jiulongpo.plan.gateway.proxy;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * A client that reads its answer slowly, or not at all, must not keep the service's connection
 * from the pool: the gateway takes up to the buffer size of the answer into memory before it
 * stops reading from the service (Netty's default would stop at 64 KiB), so an answer of that
 * size frees the service's connection at once; and a client that has not taken the whole answer
 * within the answer timeout is disconnected, which also resets a larger answer's service request.
 */
final class AnswerBuffer implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(AnswerBuffer.class);

    private final Vertx vertx;
    private final int bufferBytes;
    private final Duration timeout;

    AnswerBuffer(Vertx vertx, int bufferBytes, Duration timeout) {
        this.vertx = vertx;
        this.bufferBytes = bufferBytes;
        this.timeout = timeout;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        client.response().setWriteQueueMaxSize(bufferBytes);
        long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            LOG.debugf("%s %s: the client did not read its answer within %s; disconnected", client.method(),
                    client.path(), timeout);
            Answers.disconnect(client);
        });
        return context.sendResponse().onComplete(sent -> {
            if (client.version() == HttpVersion.HTTP_2) {
                vertx.cancelTimer(timer);
                return;
            }
            // sent means queued, not read: an empty write completes once all before it is in the socket
            ((ConnectionBase) client.connection()).channel().writeAndFlush(Unpooled.EMPTY_BUFFER)
                    .addListener(taken -> vertx.cancelTimer(timer));
        });
    }
}
