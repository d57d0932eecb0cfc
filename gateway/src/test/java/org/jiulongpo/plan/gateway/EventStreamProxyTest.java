package org.jiulongpo.plan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The live event stream goes through the gateway as it is written: a stand-in for
 * notifications-service sends one event and holds the answer open until the test has read that
 * event through the gateway. A gateway that buffered the answer would deliver nothing until the
 * upstream finished, which it never does before the test releases it.
 */
@QuarkusTest
@QuarkusTestResource(value = EventStreamProxyTest.HeldOpenStream.class, restrictToAnnotatedClass = true)
class EventStreamProxyTest {

    /** Released by the test once it has read the first event. */
    static final CountDownLatch FIRST_EVENT_READ = new CountDownLatch(1);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void eachEventReachesTheClientWhileTheUpstreamStillHoldsTheAnswerOpen() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/events/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Last-Event-ID: abc\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).contains(" 200");
            String line;
            boolean eventStream = false;
            while (!(line = in.readLine()).isEmpty()) {
                eventStream |= line.toLowerCase().startsWith("content-type: text/event-stream");
            }
            assertThat(eventStream).isTrue();

            assertThat(dataOfNextEvent(in)).isEqualTo("first");
            FIRST_EVENT_READ.countDown();
            assertThat(dataOfNextEvent(in)).isEqualTo("second");
        } finally {
            FIRST_EVENT_READ.countDown();
        }
    }

    /** Skips the chunk-size lines of the chunked body and returns the next event's data. */
    private static String dataOfNextEvent(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("data:")) {
                return line.substring(5).strip();
            }
        }
        throw new IOException("the stream ended");
    }

    /** notifications-service's place: one SSE answer that waits for the test between its two events. */
    public static class HeldOpenStream implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/v1/events/stream", exchange -> {
                // the proxy passes the resume position on untouched
                String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(("id: " + lastEventId + "-1\ndata: first\n\n").getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    FIRST_EVENT_READ.await(30, TimeUnit.SECONDS);
                    body.write(("id: " + lastEventId + "-2\ndata: second\n\n").getBytes(StandardCharsets.UTF_8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            Map<String, String> config = new HashMap<>(TestTokens.jwtConfig());
            config.put("gateway.services.notifications.urls", "http://localhost:" + server.getAddress().getPort());
            return config;
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
