package org.jiulongpo.plan.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemType;

/**
 * Adds what every module's OpenAPI document shares: the problem+json schema, one reusable
 * response per error status (referenced from resources as {@code @APIResponse(ref = "NotFound")}),
 * 304, and the bearer JWT security scheme. Registered with {@code mp.openapi.filter}.
 */
public class CommonComponents implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid input")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Query parameter, header or JSON field").examples(List.of("year")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("must be between 2021 and 2025")))
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE)
                        .description("Bulk requests only: the row the error is in (1 = the first item, or the first "
                                + "record after a CSV upload's header)").examples(List.of(3)))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `status` always equals the HTTP status")
                .addProperty("type", string("A URI reference naming the kind of problem", "/problems/validation"))
                .addProperty("title", string("Short summary of the kind of problem", "Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .examples(List.of(400)))
                .addProperty("detail", string("What went wrong this time", "Invalid year: must be between 2021 and 2025"))
                .addProperty("instance", string("The request path", "/api/v1/indicators/fyp14-23/observations"))
                .addProperty("rule", string("For 409: the business rule that refused the request", "completed-needs-100-percent"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status")));

        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match tag is current")
                .addHeader("ETag", header("The current entity tag")));
        problem(components, "BadRequest", ProblemType.VALIDATION, "Invalid year: must be between 2021 and 2025",
                List.of(new Problem.FieldError("year", "must be between 2021 and 2025")));
        problem(components, "Unauthorized", ProblemType.UNAUTHORIZED, "This operation needs a bearer token", null);
        problem(components, "Forbidden", ProblemType.FORBIDDEN, "The token's roles do not allow this operation", null);
        problem(components, "NotFound", ProblemType.NOT_FOUND, "No indicator has the code 'fyp14-99'", null);
        problem(components, "NotAcceptable", ProblemType.NOT_ACCEPTABLE,
                "None of the media types in Accept can be produced here", null);
        problem(components, "RequestTimeout", ProblemType.REQUEST_TIMEOUT,
                "The request body did not arrive within 5 s", null);
        problem(components, "Conflict", ProblemType.CONFLICT,
                "A project can only be completed at 100 percent", null);
        problem(components, "Gone", ProblemType.GONE,
                "The project 'water-reservoir-wenfenghu' was removed at 2026-03-01T08:00:00Z", null);
        problem(components, "PreconditionFailed", ProblemType.PRECONDITION_FAILED,
                "The resource changed since you read it; read it again and retry with its new ETag", null);
        problem(components, "PreconditionRequired", ProblemType.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag you last read, so that no one else's update is lost", null);
        problem(components, "PayloadTooLarge", ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is over the size limit", null);
        problem(components, "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The Content-Type is not supported here; send application/json", null);
        problem(components, "IdempotencyKeyReused", ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used for another request; use a new key for a new request", null);
        problem(components, "TooManyRequests", ProblemType.TOO_MANY_REQUESTS,
                "Rate limit exceeded; retry after the time in Retry-After", null)
                .addHeader("Retry-After", header("Seconds to wait"))
                .addHeader("RateLimit-Limit", header("Requests allowed per window"))
                .addHeader("RateLimit-Remaining", header("Requests left in the window"))
                .addHeader("RateLimit-Reset", header("Seconds until the window resets"));
        problem(components, "InternalError", ProblemType.INTERNAL,
                "The server could not complete the request; it has been logged", null);
        problem(components, "ServiceUnavailable", ProblemType.SERVICE_UNAVAILABLE,
                "projects-service is unavailable; retry after the time in Retry-After", null)
                .addHeader("Retry-After", header("Seconds to wait"));

        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (in development: ./suite token --role ROLE), following "
                        + "RFC8725 (JSON Web Token Best Current Practices): signed with RS256 only (alg none and HMAC are "
                        + "refused), and exp, iat, iss and aud are required and checked by the gateway and again by each service; "
                        + "a token issued more than 60 s in the future, or for longer than 8 hours (exp - iat), is refused (the defaults). "
                        + "Roles in the `groups` claim: plan-editor (observations), project-reporter (status updates), "
                        + "plan-admin (everything, including project definitions)."));
    }

    private static APIResponse problem(Components components, String name, ProblemType type, String detail,
            List<Problem.FieldError> errors) {
        Problem example = new Problem(type.uri(), type.title(), type.status(), detail, "/api/v1/...", null, errors);
        Example ex = OASFactory.createExample().value(Map.of("type", example.type(), "title", example.title(),
                "status", example.status(), "detail", example.detail()));
        if (errors != null) {
            ex.value(Map.of("type", example.type(), "title", example.title(), "status", example.status(),
                    "detail", example.detail(), "errors", List.of(Map.of("field", errors.get(0).field(),
                            "message", errors.get(0).message()))));
        }
        APIResponse response = OASFactory.createAPIResponse().description(type.title())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                                .addExample(name, ex)));
        components.addResponse(name, response);
        return response;
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .examples(List.of(example));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

}
