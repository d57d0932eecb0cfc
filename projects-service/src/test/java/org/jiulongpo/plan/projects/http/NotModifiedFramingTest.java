package org.jiulongpo.plan.projects.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A 304 has no body and so no body framing (RFC 9112 §6.3): a Content-Length or chunked
 * Transfer-Encoding on it makes strict clients (Python's http.client) wait for a body that never
 * comes. It carries the tag once (RFC 9110 §15.4.5).
 */
@QuarkusTest
class NotModifiedFramingTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/projects/water-reservoir-yinshanhu", "/api/v1/projects?sector=energy",
            "/api/v1/projects/stats" })
    void a304HasOneETagNoFramingAndNoBody(String path) throws IOException {
        try (RawHttp http = new RawHttp(root.getPort())) {
            for (String encoding : new String[] { "identity", "gzip" }) {
                http.send("GET", path, "Accept-Encoding: " + encoding);
                RawHttp.Head ok = http.readHead();
                assertThat(ok.status()).isEqualTo(200);
                http.readBody(ok);
                String etag = ok.all("ETag").get(0);

                http.send("GET", path, "Accept-Encoding: " + encoding, "If-None-Match: " + etag);
                RawHttp.Head notModified = http.readHead();
                assertThat(notModified.status()).isEqualTo(304);
                assertThat(notModified.all("ETag")).as("ETag headers of the 304 (%s)", encoding).containsExactly(etag);
                assertThat(notModified.all("Content-Length")).as("Content-Length of the 304").isEmpty();
                assertThat(notModified.all("Transfer-Encoding")).as("Transfer-Encoding of the 304").isEmpty();
                // the next answer on the connection starts right after the head: the 304 sent no body bytes
            }
            http.send("GET", path);
            assertThat(http.readHead().status()).isEqualTo(200);
        }
    }
}
