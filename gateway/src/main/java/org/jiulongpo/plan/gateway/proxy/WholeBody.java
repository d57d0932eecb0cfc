package org.jiulongpo.plan.gateway.proxy;

import java.time.Duration;

import org.jiulongpo.plan.common.problem.ProblemType;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * A request body is read in full before the request takes a connection to the service: a client
 * that dribbles its body (65 clients at one byte per 3 s once filled the pool of 64) holds only
 * its own connection to the gateway, and only for the body timeout (408, connection closed). A
 * body over the size limit, declared or chunked, is 413; a declared length over it never gets
 * here ({@link ApiProxy}).
 */
final class WholeBody implements ProxyInterceptor {

    /** Marks a request answered 408, whose connection is closed once the answer is out. */
    private static final String TIMED_OUT = WholeBody.class.getName() + ".timedOut";

    private final Vertx vertx;
    private final long maxBytes;
    private final Duration timeout;

    WholeBody(Vertx vertx, long maxBytes, Duration timeout) {
        this.vertx = vertx;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    static String tooLarge(long maxBytes) {
        return "The request body is over " + maxBytes + " bytes";
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null) {
            return context.sendRequest();
        }
        return read(body.stream()).transform(read -> {
            if (read.succeeded()) {
                // none read: as the client sent it (a Content-Length: 0 is kept, none is added)
                context.request().setBody(read.result().length() == 0 ? null : Body.body(read.result()));
                return context.sendRequest();
            }
            if (read.cause() instanceof TooLarge) {
                return Answers.problem(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
            }
            if (read.cause() instanceof TooSlow) {
                context.set(TIMED_OUT, Boolean.TRUE);
                return Answers.problem(context, ProblemType.REQUEST_TIMEOUT,
                        "The request body did not arrive within " + timeout.toSeconds() + " s")
                        .onSuccess(response -> response.putHeader("Connection", "close"));
            }
            // the client went away: nothing was sent to the service, and no one reads this answer
            return Answers.problem(context, ProblemType.MALFORMED_BODY, "The request body ended early");
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        Future<Void> sent = context.sendResponse();
        if (context.get(TIMED_OUT, Boolean.class) != null) {
            // the rest of a late body would be read as the next request
            HttpServerRequest client = context.request().proxiedRequest();
            sent.onComplete(done -> client.connection().close());
        }
        return sent;
    }

    private Future<Buffer> read(ReadStream<Buffer> stream) {
        Promise<Buffer> whole = Promise.promise();
        Buffer buffer = Buffer.buffer();
        long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> whole.tryFail(new TooSlow()));
        stream.handler(chunk -> {
            if (whole.future().isComplete()) {
                return;
            }
            if (buffer.length() + (long) chunk.length() > maxBytes) {
                whole.tryFail(new TooLarge());
                return;
            }
            buffer.appendBuffer(chunk);
        });
        stream.exceptionHandler(whole::tryFail);
        stream.endHandler(end -> whole.tryComplete(buffer));
        stream.resume();
        return whole.future().onComplete(done -> vertx.cancelTimer(timer));
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }
}
