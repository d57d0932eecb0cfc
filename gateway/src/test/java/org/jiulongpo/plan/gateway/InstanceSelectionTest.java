package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.gateway.upstream.Upstreams;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

/**
 * Two instances of each service behind one selector: indicators-service has a live instance
 * and one that refuses connections, projects-service two live ones. Whichever of the proxy and
 * the aggregates finds an instance dead, both skip it.
 */
@QuarkusTest
@TestProfile(InstanceSelectionTest.TwoInstancesEach.class)
class InstanceSelectionTest {

    public static class TwoInstancesEach implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Instances.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The stand-ins: a live and a dead indicators-service, two live projects-service instances. */
    public record Cluster(WireMockServer indicators, URI deadIndicators, WireMockServer projects, WireMockServer spareProjects) {
    }

    public static class Instances implements QuarkusTestResourceLifecycleManager {
        private Cluster cluster;

        @Override
        public Map<String, String> start() {
            WireMockServer indicators = started();
            WireMockServer projects = started();
            WireMockServer spare = started();
            cluster = new Cluster(indicators, URI.create("http://localhost:" + closedPort()), projects, spare);
            Map<String, String> config = new HashMap<>(TestTokens.jwtConfig());
            config.put("gateway.services.indicators.urls", indicators.baseUrl() + "," + cluster.deadIndicators());
            config.put("gateway.services.projects.urls", projects.baseUrl() + "," + spare.baseUrl());
            config.put("gateway.services.indicators.management-urls", indicators.baseUrl() + "," + cluster.deadIndicators());
            config.put("gateway.services.projects.management-urls", projects.baseUrl() + "," + spare.baseUrl());
            // long enough that no back-off ends while a test runs
            config.put("gateway.instance-backoff", "PT1M");
            return config;
        }

        private static WireMockServer started() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
            server.start();
            return server;
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(cluster, new TestInjector.AnnotatedAndMatchesType(InjectServices.class, Cluster.class));
        }

        @Override
        public void stop() {
            if (cluster != null) {
                cluster.indicators().stop();
                cluster.projects().stop();
                cluster.spareProjects().stop();
            }
        }
    }

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @InjectServices
    Cluster cluster;

    @Inject
    Upstreams upstreams;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void stubs() {
        cluster.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(AggregateTest.INDICATORS)));
        cluster.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/fyp14-03")).willReturn(okJson("{}")));
        for (WireMockServer projects : List.of(cluster.projects(), cluster.spareProjects())) {
            projects.stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson(AggregateTest.STATS)));
            projects.stubFor(get(urlPathEqualTo("/api/v1/projects")).willReturn(okJson("{\"items\":[]}")));
        }
    }

    @AfterEach
    void reset() {
        cluster.indicators().resetAll();
        cluster.projects().resetAll();
        cluster.spareProjects().resetAll();
        upstreams.all().forEach(upstream -> upstream.instances().forEach(upstream::markUp));
        breakers.resetAll();
    }

    @Test
    void aReadWhoseConnectFailsIsServedByTheOtherInstance() {
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/indicators/fyp14-03").then().statusCode(200);
        }
        assertThat(upstreams.indicators().isMarkedDown(cluster.deadIndicators())).isTrue();
        cluster.indicators().verify(4, getRequestedFor(urlPathEqualTo("/api/v1/indicators/fyp14-03")));
    }

    @Test
    void anInstanceTheAggregatesCannotConnectToIsSkippedByTheProxyToo() {
        // two calls in a row go to both instances: one of them finds the dead one
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/overview").then().statusCode(200).body("sources.indicators.status", is("ok"));
        }
        assertThat(upstreams.indicators().isMarkedDown(cluster.deadIndicators()))
                .as("the aggregates' failed connect puts the instance on back-off for everyone").isTrue();
    }

    @Test
    void anInstanceTheProxyFoundDeadIsSkippedByTheAggregatesToo() {
        URI spare = URI.create(cluster.spareProjects().baseUrl());
        upstreams.projects().markDown(spare);
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/overview").then().statusCode(200).body("sources.projects.status", is("ok"));
            given().get("/api/v1/projects").then().statusCode(200);
        }
        cluster.spareProjects().verify(0, getRequestedFor(urlPathMatching("/api/v1/projects.*")));
        cluster.projects().verify(4, getRequestedFor(urlPathEqualTo("/api/v1/projects/stats")));
        cluster.projects().verify(4, getRequestedFor(urlPathEqualTo("/api/v1/projects")));
    }
}
