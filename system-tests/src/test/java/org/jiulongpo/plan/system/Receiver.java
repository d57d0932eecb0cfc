package org.jiulongpo.plan.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver in the test JVM, on the loopback (./suite's development setting lets
 * notifications-service call it over http): it passes the validation handshake on every path and
 * keeps every delivery. Started once per JVM, like the suite.
 */
final class Receiver {

    private static Receiver instance;

    record Delivery(String path, long atNanos, Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, ConcurrentLinkedQueue<Integer>> answers = new ConcurrentHashMap<>();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::receive);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    static synchronized Receiver get() throws IOException {
        if (instance == null) {
            instance = new Receiver();
        }
        return instance;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next deliveries to {@code path} are answered with these statuses, in turn; then 200. */
    void answer(String path, Integer... statuses) {
        answers.put(path, new ConcurrentLinkedQueue<>(List.of(statuses)));
    }

    List<Delivery> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The deliveries to {@code path} once there are {@code count}, or those there are after {@code timeout}. */
    List<Delivery> await(String path, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (at(path).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return at(path);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            exchange.getResponseHeaders().add("WebHook-Allowed-Origin",
                    exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        received.add(new Delivery(path, System.nanoTime(), headers, body));
        Integer status = answers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
        exchange.sendResponseHeaders(status == null ? 200 : status, -1);
        exchange.close();
    }
}
