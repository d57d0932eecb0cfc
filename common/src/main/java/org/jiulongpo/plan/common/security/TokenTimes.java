package org.jiulongpo.plan.common.security;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The checks of a token's times that SmallRye JWT leaves out (it checks {@code exp} and requires
 * {@code iat}): a token issued in the future, beyond the clock skew, and a token whose lifetime
 * ({@code exp - iat}) is over the maximum are refused. Without them a token signed with a
 * far-future {@code iat} and a long {@code exp} (by a careless issuer or a stolen signing
 * session) stays valid for as long as it says. The gateway and every service apply the same rule.
 */
@ApplicationScoped
public class TokenTimes {

    @ConfigMapping(prefix = "plan.tokens")
    public interface Config {
        /** How far in the future a token's {@code iat} may be (the issuer's clock may run ahead). */
        @WithDefault("PT60S")
        Duration clockSkew();

        /** The longest {@code exp - iat} accepted: a working day, the lifetime {@code ./suite token} gives by default. */
        @WithDefault("PT8H")
        Duration maxLifetime();
    }

    private final Config config;
    private final Clock clock;

    @Inject
    public TokenTimes(Config config) {
        this(config, Clock.systemUTC());
    }

    TokenTimes(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Why the verified token is refused, or null when its times are acceptable. */
    public String refusal(JsonWebToken token) {
        return refusal(token.getIssuedAtTime(), token.getExpirationTime());
    }

    String refusal(long issuedAt, long expiresAt) {
        long now = clock.instant().getEpochSecond();
        if (issuedAt > now + config.clockSkew().toSeconds()) {
            return "The bearer token is issued in the future";
        }
        if (expiresAt - issuedAt > config.maxLifetime().toSeconds()) {
            return "The bearer token's lifetime is over " + config.maxLifetime().toMinutes() + " minutes";
        }
        return null;
    }
}
