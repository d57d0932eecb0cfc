package org.jiulongpo.plan.gateway.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which role each write operation of the public contract needs. Reads are public. A write the
 * table does not know needs plan-admin (deny by default); the services check roles again.
 * {@code WritePolicyContractTest} enumerates the write operations of docs/openapi.yaml so that
 * a new operation cannot be missed here.
 */
public final class WritePolicy {

    public static final String PLAN_EDITOR = "plan-editor";
    public static final String PROJECT_REPORTER = "project-reporter";
    public static final String PLAN_ADMIN = "plan-admin";
    public static final String SUBSCRIBER = "subscriber";

    /** A write operation: its methods, its path, the roles any of which allows it. */
    public record Rule(Set<String> methods, Pattern path, Set<String> roles) {
        boolean matches(String method, String requestPath) {
            return methods.contains(method) && path.matcher(requestPath).matches();
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(Set.of("POST"), Pattern.compile("/api/v1/indicators/[^/]+/observations/?"),
                    Set.of(PLAN_EDITOR, PLAN_ADMIN)),
            new Rule(Set.of("POST"), Pattern.compile("/api/v1/indicators/observations/bulk/?"),
                    Set.of(PLAN_EDITOR, PLAN_ADMIN)),
            new Rule(Set.of("POST"), Pattern.compile("/api/v1/projects/[^/]+/status-updates/?"),
                    Set.of(PROJECT_REPORTER, PLAN_ADMIN)),
            new Rule(Set.of("POST"), Pattern.compile("/api/v1/projects/status-updates/bulk/?"),
                    Set.of(PROJECT_REPORTER, PLAN_ADMIN)),
            new Rule(Set.of("PATCH", "DELETE"), Pattern.compile("/api/v1/projects/[^/]+/?"), Set.of(PLAN_ADMIN)),
            // plan-admin too, as everywhere; a subscription stays its creator's only (notifications-service)
            new Rule(Set.of("POST"), Pattern.compile("/api/v1/subscriptions/?"), Set.of(SUBSCRIBER, PLAN_ADMIN)),
            new Rule(Set.of("PATCH", "DELETE"), Pattern.compile("/api/v1/subscriptions/[^/]+/?"), Set.of(SUBSCRIBER, PLAN_ADMIN)),
            new Rule(Set.of("POST"), Pattern.compile(
                    "/api/v1/subscriptions/[^/]+/(secret-rotations|redeliveries|deliveries/[^/]+/redeliveries)/?"),
                    Set.of(SUBSCRIBER, PLAN_ADMIN)));

    static final Set<String> DEFAULT_ROLES = Set.of(PLAN_ADMIN);

    private WritePolicy() {
    }

    public static boolean isWrite(String method) {
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }

    /** The roles that allow this write. */
    public static Set<String> rolesFor(String method, String path) {
        for (Rule rule : RULES) {
            if (rule.matches(method, path)) {
                return rule.roles();
            }
        }
        return DEFAULT_ROLES;
    }
}
