package org.jiulongpo.plan.gateway.security;

import java.util.Collections;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jiulongpo.plan.common.problem.ProblemType;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's check of bearer tokens: signature (the configured public key or JWKS), issuer,
 * audience and expiry, through SmallRye JWT, then the role the operation needs. The services
 * repeat the check: the gateway is the first line, not the only one.
 */
@ApplicationScoped
public class Authorizer {

    /** The outcome: a verified token, or the problem to answer. */
    public record Decision(JsonWebToken token, ProblemType problem, String detail) {
        public boolean allowed() {
            return problem == null;
        }
    }

    private final JWTParser parser;

    public Authorizer(JWTParser parser) {
        this.parser = parser;
    }

    /** Verifies a bearer token if one is present; null when there is none or it is invalid. */
    public JsonWebToken verify(String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            return null;
        }
        try {
            return parser.parse(token);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    public Decision authorize(String method, String path, String authorization) {
        if (!WritePolicy.isWrite(method)) {
            return new Decision(null, null, null);
        }
        String raw = bearer(authorization);
        if (raw == null) {
            return new Decision(null, ProblemType.UNAUTHORIZED, "This operation needs a bearer token");
        }
        JsonWebToken token = verify(authorization);
        if (token == null) {
            return new Decision(null, ProblemType.UNAUTHORIZED, "The bearer token is invalid or expired");
        }
        Set<String> groups = token.getGroups() == null ? Collections.emptySet() : token.getGroups();
        Set<String> needed = WritePolicy.rolesFor(method, path);
        if (groups.stream().noneMatch(needed::contains)) {
            return new Decision(token, ProblemType.FORBIDDEN,
                    "This operation needs one of the roles " + String.join(", ", needed.stream().sorted().toList()));
        }
        return new Decision(token, null, null);
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
