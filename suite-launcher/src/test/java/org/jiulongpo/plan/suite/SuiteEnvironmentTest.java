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
        Suite suite = new Suite(state, state.resolve(".suite"), 15432, 18080, 18081, 18082, 18083, 18084, Map.of());
        Map<String, String> env = suite.environment(suite.service("gateway"), suite.keys());
        assertThat(env).containsEntry("QUARKUS_HTTP_HOST", Suite.bindHost(System.getenv()));
        assertThat(Suite.bindHost(Map.of())).isEqualTo("127.0.0.1");
        assertThat(Suite.bindHost(Map.of(Suite.BIND_HOST_ENV, " "))).isEqualTo("127.0.0.1");
        assertThat(Suite.bindHost(Map.of(Suite.BIND_HOST_ENV, "0.0.0.0"))).isEqualTo("0.0.0.0");
    }
}
