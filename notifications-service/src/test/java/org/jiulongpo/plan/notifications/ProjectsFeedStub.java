package org.jiulongpo.plan.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock in the place of projects-service: the tests stub pages of its change feed
 * ({@code /api/v1/projects/changes}) and the reader reads them over HTTP.
 */
public class ProjectsFeedStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/api/v1/projects/changes";

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** Answers {@code since} (null: the first call, without since) with this page. */
    public static void page(String since, String json) {
        server.stubFor(get(urlPathEqualTo(PATH))
                .withQueryParam("since", since == null ? absent() : equalTo(since))
                .willReturn(okJson(json)));
    }

    /** One change as projects-service's feed writes it. */
    public static String change(String kind, String code, long version, String occurredAt, String project,
            String statusUpdate) {
        return "{\"kind\":\"" + kind + "\",\"projectCode\":\"" + code + "\",\"projectVersion\":" + version
                + ",\"occurredAt\":\"" + occurredAt + "\",\"project\":" + project
                + (statusUpdate == null ? "" : ",\"statusUpdate\":" + statusUpdate) + "}";
    }

    public static String pageOf(String nextCursor, boolean hasMore, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":\"" + nextCursor + "\",\"hasMore\":"
                + hasMore + "}";
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        return Map.of("notifications.feeds.projects.url", server.baseUrl() + PATH);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
