package org.jiulongpo.plan.common.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link TokenTimes} in the services: a token it refuses authenticates no one (401). */
@ApplicationScoped
public class TokenTimesCheck implements SecurityIdentityAugmentor {

    private final TokenTimes times;

    public TokenTimesCheck(TokenTimes times) {
        this.times = times;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String refusal = times.refusal(token);
            if (refusal != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
