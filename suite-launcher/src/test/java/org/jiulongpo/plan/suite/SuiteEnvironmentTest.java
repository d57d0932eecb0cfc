package org.jiulongpo.plan.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteEnvironmentTest {

    @TempDir
    Path state;

    @Test
    void theGatewayAndTheServicesListenOnTheLoopbackUnlessAsked() throws Exception {
        Suite suite = suite(Map.of());
        Map<String, String> env = suite.environment(suite.service("gateway"), suite.keys());
        assertThat(env).containsEntry("QUARKUS_HTTP_HOST", Suite.bindHost(System.getenv()))
                .containsEntry("QUARKUS_MANAGEMENT_HOST", Suite.bindHost(System.getenv()));
        assertThat(Suite.bindHost(Map.of())).isEqualTo("127.0.0.1");
        assertThat(Suite.bindHost(Map.of(Suite.BIND_HOST_ENV, " "))).isEqualTo("127.0.0.1");
        assertThat(Suite.bindHost(Map.of(Suite.BIND_HOST_ENV, "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void theGatewayAsksEachInstanceOnItsManagementPortInTheOrderOfItsUrls() throws Exception {
        Suite suite = suite(Map.of("projects-service", 2));
        Map<String, String> env = suite.environment(suite.service("gateway"), suite.keys());
        assertThat(env).containsEntry("PROJECTS_SERVICE_URL", "http://127.0.0.1:18082,http://127.0.0.1:18092")
                .containsEntry("PROJECTS_MANAGEMENT_URL", "http://127.0.0.1:19082,http://127.0.0.1:19092")
                .containsEntry("INDICATORS_MANAGEMENT_URL", "http://127.0.0.1:19081")
                .containsEntry("PLAN_MANAGEMENT_URL", "http://127.0.0.1:19083")
                .containsEntry("NOTIFICATIONS_MANAGEMENT_URL", "http://127.0.0.1:19084");
        assertThat(suite.instances(suite.service("projects-service"))).extracting(ServiceProcess::managementPort)
                .containsExactly(19082, 19092);
    }

    @Test
    void inDevelopmentNotificationsServiceMayCallBackToThisMachine() throws Exception {
        Suite suite = suite(Map.of());
        assertThat(suite.environment(suite.service("notifications-service"), suite.keys()))
                .containsEntry("NOTIFICATIONS_WEBHOOKS_ALLOW_INSECURE_CALLBACKS", "true");
        assertThat(suite.environment(suite.service("gateway"), suite.keys()))
                .doesNotContainKey("NOTIFICATIONS_WEBHOOKS_ALLOW_INSECURE_CALLBACKS");
    }

    private Suite suite(Map<String, Integer> replicas) {
        return new Suite(state, state.resolve(".suite"), 15432, new Suite.Ports(18080, 19080),
                new Suite.Ports(18081, 19081), new Suite.Ports(18082, 19082), new Suite.Ports(18083, 19083),
                new Suite.Ports(18084, 19084), replicas);
    }
}
