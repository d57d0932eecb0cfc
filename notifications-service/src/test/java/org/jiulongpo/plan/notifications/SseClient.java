package org.jiulongpo.plan.notifications;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Server-Sent Events client on a plain socket, so that a test sees exactly what goes over the
 * wire (the status line, the headers, each event as it arrives) and can drop the connection.
 */
public final class SseClient implements Closeable {

    /** One event: its {@code id} and {@code data} fields. */
    public record SseEvent(String id, String data) {
    }

    private final Socket socket;
    private final BufferedReader in;
    private final String statusLine;
    private final List<String> headerLines = new ArrayList<>();

    public SseClient(int port, String pathAndQuery, Map<String, String> headers) throws IOException {
        socket = new Socket("localhost", port);
        // generous: an event is due within a poll interval (a fraction of a second)
        socket.setSoTimeout(20_000);
        StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        statusLine = in.readLine();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            headerLines.add(line);
        }
    }

    public String statusLine() {
        return statusLine;
    }

    public List<String> headerLines() {
        return headerLines;
    }

    /** The next {@code count} events; chunk-size lines of a chunked body are skipped. */
    public List<SseEvent> next(int count) throws IOException {
        List<SseEvent> events = new ArrayList<>();
        String id = null;
        StringBuilder data = null;
        while (events.size() < count) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("the stream ended after " + events.size() + " events");
            }
            if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
            } else if (line.isEmpty() && data != null) {
                events.add(new SseEvent(id, data.toString()));
                id = null;
                data = null;
            }
        }
        return events;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
