package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Clients that are slow on purpose (the slow-body attack): with one connection to each service
 * instance, any request that held it while its client dawdles would leave the next request
 * waiting for the pool until the connect timeout, and that request would be 503.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
@TestProfile(SlowClientsTest.OneConnection.class)
class SlowClientsTest {

    static final String WRITE = "/api/v1/projects/transport-metro-line-19/status-updates";
    /** More than the kernel's socket buffers on both sides of a loopback connection take (tcp_wmem: 4 MiB). */
    static final int BIG = 16 * 1024 * 1024;

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.max-connections-per-instance", "1",
                    // a request waiting for the pool gives up after this: the 503 of the attack
                    "gateway.connect-timeout", "PT3S",
                    "gateway.proxy-timeout", "PT30S",
                    "gateway.request-body-timeout", "PT4S",
                    "gateway.answer-buffer", "32M",
                    "gateway.answer-timeout", "PT3S",
                    "gateway.rate-limit.max-in-flight", "3");
        }
    }

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @InjectServices
    WireMockServices.Services services;

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void stub() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats"))
                .willReturn(okJson("{}").withHeader("ETag", "\"v1\"")));
    }

    @AfterEach
    void reset() {
        services.projects().resetAll();
    }

    @Test
    void aDribbledBodyHoldsNoServiceConnectionAndIs408AfterTheBodyTimeout() throws Exception {
        try (Socket dribbler = open()) {
            startWrite(dribbler, TestTokens.bearer("project-reporter"));
            // the service's only connection is free while the body dribbles in
            given().get("/api/v1/projects/stats").then().statusCode(200);
            String answer = readToEnd(dribbler);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json")
                    .contains("\"status\":408");
        }
        services.projects().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theServiceRequestIsResetWhenTheClientGoesAway() throws Exception {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/slow"))
                .willReturn(okJson("{}").withFixedDelay(20_000)));
        try (Socket leaver = open()) {
            send(leaver, "GET /api/v1/projects/slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            awaitAtService("/api/v1/projects/slow");
        }
        // the slow answer would keep the only connection for 20 s
        given().get("/api/v1/projects/stats").then().statusCode(200);
    }

    @Test
    void aClientThatDoesNotReadItsAnswerHoldsNoServiceConnectionAndIsCutOffAfterTheAnswerTimeout() throws Exception {
        byte[] big = new byte[BIG];
        Arrays.fill(big, (byte) 'a');
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/big"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(big)));
        try (Socket reader = new Socket()) {
            // a small window: the answer cannot hide in the client's socket buffer
            reader.setReceiveBufferSize(4096);
            reader.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()));
            reader.setSoTimeout(20_000);
            long sent = System.nanoTime();
            send(reader, "GET /api/v1/projects/big HTTP/1.1\r\nHost: localhost\r\n\r\n");
            awaitAtService("/api/v1/projects/big");
            given().get("/api/v1/projects/stats").then().statusCode(200);
            // past the answer timeout the gateway has disconnected a reader that took nothing
            Thread.sleep(Math.max(0, 5_000 - (System.nanoTime() - sent) / 1_000_000));
            assertThat(drain(reader.getInputStream())).isLessThan(BIG);
        }
    }

    @Test
    void aClientWithTheMostRequestsInFlightGets429AndOthersAreServed() throws Exception {
        String greedy = TestTokens.bearer("greedy-client", "project-reporter");
        List<Socket> dribblers = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Socket dribbler = open();
                dribblers.add(dribbler);
                startWrite(dribbler, greedy);
            }
            given().header("Authorization", greedy).get("/api/v1/projects/stats").then().statusCode(429)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("detail", containsString("3 requests in flight"));
            given().get("/api/v1/projects/stats").then().statusCode(200);
            for (Socket dribbler : dribblers) {
                assertThat(readToEnd(dribbler)).startsWith("HTTP/1.1 408");
            }
        } finally {
            for (Socket dribbler : dribblers) {
                dribbler.close();
            }
        }
        // their requests ended, so the client may send again
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status;
        do {
            status = given().header("Authorization", greedy).get("/api/v1/projects/stats").statusCode();
        } while (status == 429 && System.nanoTime() < deadline && pause());
        assertThat(status).isEqualTo(200);
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** A write whose body stops after 10 of its 100 bytes; returns once the gateway has taken the request. */
    private static void startWrite(Socket socket, String authorization) throws IOException {
        send(socket, "POST " + WRITE + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                + "\r\nIf-Match: \"v1-a\"\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                + "Expect: 100-continue\r\n\r\n");
        assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 100");
        send(socket, "{\"status\":");
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** What the gateway sends until it closes the connection. */
    private static String readToEnd(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static long drain(InputStream in) throws IOException {
        long total = 0;
        byte[] chunk = new byte[65536];
        try {
            for (int n; (n = in.read(chunk)) >= 0;) {
                total += n;
            }
        } catch (SocketException reset) {
            // a connection closed with data unsent may arrive as a reset
        }
        return total;
    }

    private void awaitAtService(String path) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (services.projects().findAll(getRequestedFor(urlPathEqualTo(path))).isEmpty()) {
            assertThat(System.nanoTime()).as(path + " reached the service").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
