package org.jiulongpo.plan.gateway;

import java.util.HashMap;
import java.util.Map;

import org.jiulongpo.plan.suite.testing.TestTokens;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for indicators-service, projects-service, plan-service and notifications-service: four WireMock servers
 * behind the gateway's REST clients and proxy, injected into tests as {@link Services}.
 */
public class WireMockServices implements QuarkusTestResourceLifecycleManager {

    /** The stand-ins, for a test to stub and verify. */
    public record Services(WireMockServer indicators, WireMockServer projects, WireMockServer plan, WireMockServer notifications) {
    }

    private WireMockServer indicators;
    private WireMockServer projects;
    private WireMockServer plan;
    private WireMockServer notifications;

    @Override
    public Map<String, String> start() {
        indicators = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true).asynchronousResponseEnabled(true));
        projects = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true).asynchronousResponseEnabled(true));
        plan = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true).asynchronousResponseEnabled(true));
        indicators.start();
        projects.start();
        notifications = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true).asynchronousResponseEnabled(true));
        plan.start();
        notifications.start();
        Map<String, String> config = new HashMap<>(TestTokens.jwtConfig());
        config.put("gateway.services.indicators.urls", "http://localhost:" + indicators.port());
        config.put("gateway.services.projects.urls", "http://localhost:" + projects.port());
        config.put("gateway.services.plan.urls", "http://localhost:" + plan.port());
        config.put("gateway.services.notifications.urls", "http://localhost:" + notifications.port());
        // one stand-in serves both ports of its service: its API and its readiness
        config.put("gateway.services.indicators.management-urls", "http://localhost:" + indicators.port());
        config.put("gateway.services.projects.management-urls", "http://localhost:" + projects.port());
        config.put("gateway.services.plan.management-urls", "http://localhost:" + plan.port());
        config.put("gateway.services.notifications.management-urls", "http://localhost:" + notifications.port());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Services(indicators, projects, plan, notifications),
                new TestInjector.AnnotatedAndMatchesType(InjectServices.class, Services.class));
    }

    @Override
    public void stop() {
        if (indicators != null) {
            indicators.stop();
        }
        if (projects != null) {
            projects.stop();
        }
        if (plan != null) {
            plan.stop();
        }
        if (notifications != null) {
            notifications.stop();
        }
    }
}
