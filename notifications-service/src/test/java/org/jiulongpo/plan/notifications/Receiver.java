package org.jiulongpo.plan.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A subscriber's callback for the tests: a WireMock server on this machine (the test profile
 * allows http and loopback callbacks) that passes the validation handshake and takes deliveries.
 */
public final class Receiver implements AutoCloseable {

    public static final String PATH = "/hooks/plan";

    private final WireMockServer server;

    public Receiver() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        accepting();
    }

    public WireMockServer server() {
        return server;
    }

    public String url() {
        return server.baseUrl() + PATH;
    }

    /** Passes the handshake and answers every delivery 200. */
    public void accepting() {
        server.resetAll();
        server.stubFor(request("OPTIONS", urlPathEqualTo(PATH))
                .willReturn(ok().withHeader("WebHook-Allowed-Origin", "*")));
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(ok()));
    }

    /** Answers deliveries with {@code status} (and Retry-After when given). */
    public void answering(int status, String retryAfter) {
        var response = aResponse().withStatus(status);
        if (retryAfter != null) {
            response.withHeader("Retry-After", retryAfter);
        }
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    public List<LoggedRequest> deliveries() {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
