package org.jiulongpo.plan.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body that fails, instead of flowing on, once it passes the size limit: a chunked
 * body announces no length, so it is counted as it flows to the service.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final long limit;
    private Handler<Throwable> exceptionHandler;
    private long seen;
    private boolean exceeded;

    LimitedBody(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(handler == null ? null : buffer -> {
            if (exceeded) {
                return;
            }
            seen += buffer.length();
            if (seen <= limit) {
                handler.handle(buffer);
                return;
            }
            exceeded = true;
            if (exceptionHandler != null) {
                // fails the pipe to the service: the proxy resets that request, and its end no longer counts
                exceptionHandler.handle(new IllegalStateException("the request body is over " + limit + " bytes"));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        body.endHandler(endHandler);
        return this;
    }
}
