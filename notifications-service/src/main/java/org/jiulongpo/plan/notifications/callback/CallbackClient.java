package org.jiulongpo.plan.notifications.callback;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jiulongpo.plan.notifications.config.NotificationsConfig;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls subscribers' callbacks: the validation handshake and the deliveries. Every call checks
 * the URL and the addresses its host resolves to now ({@link CallbackAddresses}), then connects
 * to a checked address while naming the host for TLS (SNI, certificate check) and Host. Redirects
 * are never followed: a 3xx is an answer like any other. Blocking: call from a worker thread.
 */
@ApplicationScoped
public class CallbackClient {

    /** What a callback answered; {@code status} 0 when it could not be reached (then {@code error} says why). */
    public record Answer(int status, Map<String, String> headers, String error, long latencyMillis) {

        public boolean reached() {
            return status > 0;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpClient client;
    private final NotificationsConfig.Webhooks config;

    public CallbackClient(Vertx vertx, NotificationsConfig config) {
        this.config = config.webhooks();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.connectTimeout().toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(32)
                .setKeepAlive(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The addresses a callback may be called at now; refused with the reason otherwise. */
    public CallbackAddresses.Resolved check(String url) {
        boolean insecure = config.allowInsecureCallbacks();
        return CallbackAddresses.resolve(CallbackAddresses.parse(url, insecure), insecure);
    }

    /** Checks the URL, then sends; a refused URL throws {@link CallbackRefused} before any connection. */
    public Answer send(HttpMethod method, String url, Map<String, String> headers, byte[] body) {
        CallbackAddresses.Resolved resolved = check(url);
        CallbackAddresses.Target target = resolved.target();
        InetAddress address = resolved.addresses().get(0);
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(config.requestTimeout().toMillis());
        headers.forEach(options::putHeader);
        long start = System.nanoTime();
        try {
            HttpClientResponse response = client.request(options)
                    .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                    // the answer's body is not kept, but read so that the exchange completes
                    .compose(r -> r.body().map(ignored -> r))
                    .toCompletionStage().toCompletableFuture()
                    .get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> answered = new HashMap<>();
            response.headers().forEach(h -> answered.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            return new Answer(response.statusCode(), answered, null, elapsed(start));
        } catch (TimeoutException e) {
            return new Answer(0, Map.of(), "no answer within " + config.requestTimeout().toSeconds() + " s", elapsed(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(0, Map.of(), cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, Map.of(), "interrupted", elapsed(start));
        }
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
