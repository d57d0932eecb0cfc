package org.jiulongpo.plan.gateway.security;

import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser origins that may read the API's answers are configuration
 * ({@code quarkus.http.cors.origins}, {@code GATEWAY_CORS_ORIGINS}); the gateway refuses to start
 * with a list that would let the opaque origin {@code null} in (a sandboxed frame, a file: page,
 * a redirect across origins all send it, so allowing it allows any page): {@code *}, which Quarkus
 * answers by echoing whatever Origin came, {@code null} itself, or a pattern that matches it.
 */
@ApplicationScoped
public class AllowedOrigins {

    void check(@Observes StartupEvent start, VertxHttpConfig http) {
        if (!http.cors().enabled()) {
            return;
        }
        String refused = refused(http.cors().origins().orElse(List.of()));
        if (refused != null) {
            throw new IllegalStateException("quarkus.http.cors.origins (GATEWAY_CORS_ORIGINS): " + refused);
        }
    }

    /** Why the configured origins are refused, or null when none of them lets {@code null} in. */
    static String refused(List<String> origins) {
        for (String origin : origins) {
            String trimmed = origin.trim();
            if (trimmed.equals("*")) {
                return "'*' allows every origin, the opaque origin null included; list the origins instead";
            }
            if (trimmed.equalsIgnoreCase("null")) {
                return "the opaque origin null is never allowed";
            }
            if (trimmed.length() > 1 && trimmed.startsWith("/") && trimmed.endsWith("/")
                    && Pattern.compile(trimmed.substring(1, trimmed.length() - 1)).matcher("null").matches()) {
                return "the pattern " + trimmed + " matches the opaque origin null";
            }
        }
        return null;
    }
}
