package org.jiulongpo.plan.gateway.security;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.common.security.TokenTimes;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's check of bearer tokens: signature (the configured public key or JWKS), issuer,
 * audience and expiry, through SmallRye JWT, an {@code iat} not in the future and a lifetime
 * within the maximum ({@link TokenTimes}), then the role the operation needs. The services
 * repeat the check: the gateway is the first line, not the only one.
 */
@ApplicationScoped
public class Authorizer {

    /** The outcome: allowed, or the problem to answer. */
    public record Decision(ProblemType problem, String detail) {
        static final Decision ALLOWED = new Decision(null, null);

        public boolean allowed() {
            return problem == null;
        }
    }

    /** Where a request keeps its verified token, so that the rate limit and the role check parse it once. */
    private static final String TOKEN = Authorizer.class.getName() + ".token";

    private final JWTParser parser;
    private final TokenTimes times;

    public Authorizer(JWTParser parser, TokenTimes times) {
        this.parser = parser;
        this.times = times;
    }

    /** The request's bearer token, verified on the first call for the request; null when there is none or it is invalid. */
    public JsonWebToken token(RoutingContext ctx) {
        Optional<JsonWebToken> verified = ctx.get(TOKEN);
        if (verified == null) {
            verified = Optional.ofNullable(verify(bearer(ctx.request().getHeader("Authorization"))));
            ctx.put(TOKEN, verified);
        }
        return verified.orElse(null);
    }

    private JsonWebToken verify(String token) {
        if (token == null) {
            return null;
        }
        try {
            JsonWebToken verified = parser.parse(token);
            return times.refusal(verified) == null ? verified : null;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    public Decision authorize(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        if (!WritePolicy.isWrite(method)) {
            return Decision.ALLOWED;
        }
        if (bearer(request.getHeader("Authorization")) == null) {
            return new Decision(ProblemType.UNAUTHORIZED, "This operation needs a bearer token");
        }
        JsonWebToken token = token(ctx);
        if (token == null) {
            return new Decision(ProblemType.UNAUTHORIZED, "The bearer token is invalid or expired");
        }
        Set<String> groups = token.getGroups() == null ? Collections.emptySet() : token.getGroups();
        Set<String> needed = WritePolicy.rolesFor(method, request.path());
        if (groups.stream().noneMatch(needed::contains)) {
            return new Decision(ProblemType.FORBIDDEN,
                    "This operation needs one of the roles " + String.join(", ", needed.stream().sorted().toList()));
        }
        return Decision.ALLOWED;
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
