package org.jiulongpo.plan.common.telemetry;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns trace export on with one setting, {@code OTEL_EXPORTER_OTLP_ENDPOINT}. Without it every
 * request still gets a trace id, which travels from the gateway to the services (W3C
 * traceparent) and into every log line, but no span is recorded or sent anywhere. With it,
 * every trace is sampled (trace-id ratio 1.0, the same decision in all three modules) and sent
 * to that collector over OTLP.
 */
public class TelemetryConfigSource implements ConfigSource {

    static final String ENDPOINT_ENV = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private final Map<String, String> properties;

    public TelemetryConfigSource() {
        this(System.getenv(ENDPOINT_ENV));
    }

    TelemetryConfigSource(String endpoint) {
        Map<String, String> map = new HashMap<>();
        if (endpoint == null || endpoint.isBlank()) {
            map.put("quarkus.otel.traces.sampler.arg", "0.0");
            // Nothing is exported: the gateway does not make a span for the calls it only streams
            // through (the service continues the caller's trace from the forwarded traceparent),
            // which saves a good part of the gateway's work per request.
            map.put("quarkus.otel.traces.suppress-application-uris", "/api/v1/indicators*,/api/v1/projects*");
        } else {
            map.put("quarkus.otel.traces.sampler.arg", "1.0");
            map.put("quarkus.otel.exporter.otlp.traces.endpoint", endpoint.trim());
        }
        this.properties = Map.copyOf(map);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "jiulongpo-plan-telemetry";
    }

    /** Above application.properties (250), below environment variables (300) and system properties. */
    @Override
    public int getOrdinal() {
        return 275;
    }
}
