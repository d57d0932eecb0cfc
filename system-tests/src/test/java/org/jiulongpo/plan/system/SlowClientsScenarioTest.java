package org.jiulongpo.plan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slow-body attack of hardening item 2, bounded: 70 connections dribble bodies of a declared
 * 100,000 bytes at one byte per 3 s for 20 s (half GETs without a token, half writes with a valid
 * token), each reconnecting whenever the gateway answers it; meanwhile, and right after, another
 * client reads projects through the same gateway.
 */
class SlowClientsScenarioTest {

    static final int CONNECTIONS = 70;
    static final long ATTACK_NANOS = 20_000_000_000L;
    static final long BYTE_EVERY_NANOS = 3_000_000_000L;

    static RunningSuite suite;
    static Http gw;

    @BeforeAll
    static void start() {
        suite = RunningSuite.get();
        gw = suite.gateway;
    }

    /** One attacking connection: its socket, when it last sent a byte, and what kind of request it sends. */
    static final class Dribbler {
        final boolean write;
        Socket socket;
        long lastByte;

        Dribbler(boolean write) {
            this.write = write;
        }
    }

    @Test
    void seventyDribblingConnectionsLeaveOtherClientsServedWithinOneSecond() throws Exception {
        String code = gw.get("/api/v1/projects?limit=1&fields=code").json().get("items").get(0).get("code").asText();
        String item = "/api/v1/projects/" + code;
        String attackerToken = suite.token("slow-attacker", "project-reporter");
        String readerToken = suite.token("slow-scenario-reader", "plan-editor");
        URI gateway = URI.create(gw.base());
        List<Dribbler> dribblers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            dribblers.add(new Dribbler(i % 2 == 1));
        }
        Map<Integer, Integer> attackAnswers = new TreeMap<>();
        List<Long> duringMillis = new ArrayList<>();
        List<Integer> duringStatuses = new ArrayList<>();
        int connectionsOpened = 0;
        long start = System.nanoTime();
        long nextRead = start;
        try {
            while (System.nanoTime() - start < ATTACK_NANOS) {
                long now = System.nanoTime();
                for (Dribbler d : dribblers) {
                    if (d.socket != null && answered(d.socket, attackAnswers)) {
                        d.socket.close();
                        d.socket = null;
                    }
                    if (d.socket == null) {
                        d.socket = open(gateway, d.write ? item + "/status-updates" : "/api/v1/projects", d.write,
                                attackerToken);
                        d.lastByte = now;
                        connectionsOpened++;
                    } else if (now - d.lastByte >= BYTE_EVERY_NANOS) {
                        try {
                            d.socket.getOutputStream().write('{');
                        } catch (IOException closed) {
                            d.socket.close();
                            d.socket = null;
                        }
                        d.lastByte = now;
                    }
                }
                if (now >= nextRead) {
                    long t = System.nanoTime();
                    Http.Answer a = gw.get(item, "Authorization", readerToken);
                    duringMillis.add((System.nanoTime() - t) / 1_000_000);
                    duringStatuses.add(a.status());
                    nextRead = now + 250_000_000L;
                }
                Thread.sleep(20);
            }
        } finally {
            for (Dribbler d : dribblers) {
                if (d.socket != null) {
                    d.socket.close();
                }
            }
        }
        List<Long> afterMillis = new ArrayList<>();
        List<Integer> afterStatuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            Http.Answer a = gw.get(i % 2 == 0 ? item : "/api/v1/projects?limit=5", "Authorization", readerToken);
            afterMillis.add((System.nanoTime() - t) / 1_000_000);
            afterStatuses.add(a.status());
        }
        Report.put("slow clients", "attacking connections at once", CONNECTIONS);
        Report.put("slow clients", "attacking connections opened in 20 s", connectionsOpened);
        attackAnswers.forEach((status, count) -> Report.put("slow clients", "attack answered " + status, count));
        Report.put("slow clients", "reads during the attack", duringStatuses.size());
        Report.put("slow clients", "slowest read during (ms)", duringMillis.stream().mapToLong(Long::longValue).max().orElse(-1));
        Report.put("slow clients", "slowest read right after (ms)", afterMillis.stream().mapToLong(Long::longValue).max().orElse(-1));
        assertThat(duringStatuses).as("reads during the attack").isNotEmpty().containsOnly(200);
        assertThat(duringMillis).as("read times during the attack (ms)").allMatch(ms -> ms < 1000);
        assertThat(afterStatuses).as("reads right after the attack").containsOnly(200);
        assertThat(afterMillis).as("read times right after the attack (ms)").allMatch(ms -> ms < 1000);
        // the gateway refused the attack: GETs with a body at once, dribbled writes at the body timeout
        assertThat(attackAnswers).containsKey(400).containsKey(408);
    }

    private static Socket open(URI gateway, String path, boolean write, String token) throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        String head = (write ? "POST " : "GET ") + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + (write ? "Authorization: " + token + "\r\nIf-Match: \"v1-x\"\r\n" : "")
                + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** True when the gateway has answered (or closed) the connection; counts the status it gave. */
    private static boolean answered(Socket socket, Map<Integer, Integer> answers) throws IOException {
        InputStream in = socket.getInputStream();
        if (in.available() == 0) {
            return false;
        }
        byte[] head = new byte[12];
        int n = in.readNBytes(head, 0, head.length);
        String line = new String(head, 0, n, StandardCharsets.US_ASCII);
        if (line.startsWith("HTTP/1.1 ")) {
            answers.merge(Integer.parseInt(line.substring(9, 12)), 1, Integer::sum);
        }
        return true;
    }
}
