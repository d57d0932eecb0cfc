package org.jiulongpo.plan.suite.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jiulongpo.plan.suite.DevKeys;

/** Bearer tokens for tests, signed by the key the test resource told the service to trust. */
public final class TestTokens {

    private TestTokens() {
    }

    static DevKeys keys() {
        return DevKeys.loadOrCreate(PostgresTestResource.keyDir());
    }

    /** The configuration that makes an application trust exactly these tokens. */
    public static java.util.Map<String, String> jwtConfig() {
        return java.util.Map.of("mp.jwt.verify.publickey.location", keys().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", DevKeys.ISSUER, "mp.jwt.verify.audiences", DevKeys.AUDIENCE);
    }

    public static String bearer(String role) {
        return "Bearer " + keys().token("test-" + role, List.of(role), Duration.ofMinutes(30));
    }

    public static String bearer(String subject, String role) {
        return "Bearer " + keys().token(subject, List.of(role), Duration.ofMinutes(30));
    }

    /** A token that expired an hour ago. */
    public static String expired(String role) {
        return "Bearer " + keys().token("test-" + role, List.of(role), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
    }

    /** A token signed by the trusted key whose {@code iat} is ten minutes ahead of the clock. */
    public static String issuedInTheFuture(String role) {
        return "Bearer " + keys().token("test-" + role, List.of(role), Instant.now().plus(Duration.ofMinutes(10)),
                Duration.ofMinutes(30));
    }

    /** A token signed by the trusted key, valid now, issued for a year. */
    public static String longLived(String role) {
        return "Bearer " + keys().token("test-" + role, List.of(role), Instant.now().minus(Duration.ofMinutes(1)),
                Duration.ofDays(365));
    }

    /** A well-formed token with the right role, signed by a key nobody trusts. */
    public static String foreign(String role) {
        return "Bearer " + DevKeys.loadOrCreate(Path.of("target", "foreign-keys"))
                .token("intruder", List.of(role), Duration.ofMinutes(30));
    }
}
