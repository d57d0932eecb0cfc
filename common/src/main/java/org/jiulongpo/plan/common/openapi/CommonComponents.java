package org.jiulongpo.plan.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jiulongpo.plan.common.http.CorrelationIds;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.paging.PageLimit;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.common.search.SearchQuery;

/**
 * Adds what every module's OpenAPI document shares: the problem+json schema, one reusable
 * response per error status (referenced from resources as {@code @APIResponse(ref = "NotFound")}),
 * 304, and the bearer JWT security scheme; and the bounds of the query parameters that every
 * module reads with common's parsers ({@code limit}: {@link PageLimit}, {@code q}: {@link SearchQuery}),
 * so that a resource's annotation cannot declare other bounds than the parser enforces. Registered
 * with {@code mp.openapi.filter}.
 */
public class CommonComponents implements OASFilter {

    private static final String ETAG = "ETag";
    private static final String CONTENT_LANGUAGE = "Content-Language";

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

        // a whole document, not a field: ContractBuilder gives no length cap to a string with a contentMediaType
        components.addSchema("Csv", OASFactory.createSchema().addType(Schema.SchemaType.STRING).contentMediaType("text/csv")
                .description("UTF-8 CSV (RFC 4180) with a byte order mark, so that Excel opens Chinese text correctly: a header "
                        + "row of the columns, then one row per item; nested fields as dotted columns (target.value), lists as "
                        + "JSON text in one cell, a text starting with =, +, -, @, a tab or a carriage return prefixed with ' so that it never runs as a formula"));
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

        components.addHeader(ETAG, header("The strong entity tag of this representation: send it as If-None-Match to "
                + "read again for a 304, or as If-Match to update"));
        components.addHeader(CONTENT_LANGUAGE, header("zh or en: the language of name and the other texts that "
                + "Accept-Language chooses (zh by default); the plan's HTML and text renditions are always zh"));
        components.addHeader(CorrelationIds.HEADER, header("The caller's X-Correlation-Id when it is 1 to 64 letters, digits "
                + "or . _ : -, else a new id; every log line of the request carries it"));
        components.addHeader(IdempotencyStore.REPLAYED_HEADER, header("true when this is the stored answer to an earlier "
                + "request with the same Idempotency-Key; absent on the first answer"));
        components.getResponses().values().forEach(response -> response.addHeader(CorrelationIds.HEADER, headerRef(CorrelationIds.HEADER)));

        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (in development: ./suite token --role ROLE), following "
                        + "RFC8725 (JSON Web Token Best Current Practices): signed with RS256 only (alg none and HMAC are "
                        + "refused), and exp, iat, iss and aud are required and checked by the gateway and again by each service; "
                        + "a token issued more than 60 s in the future, or for longer than 8 hours (exp - iat), is refused (the defaults). "
                        + "Roles in the `groups` claim: plan-editor (observations), project-reporter (status updates), "
                        + "plan-admin (everything, including project definitions), subscriber (webhook subscriptions, each its "
                        + "creator's only)."));
    }

    /**
     * {@code @Digits} becomes {@code multipleOf: 1.0E-6}, which validators that divide in binary
     * floating point refuse for valid decimals (41.2 / 0.000001 is 41200000.00000001 in doubles);
     * the descriptions state the decimal places instead.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMultipleOf(null);
        return schema;
    }

    /**
     * Declares, once for every operation of every module, the headers common's code sends: the
     * correlation id on every answer; the ETag on the 200 of an operation that takes a tag
     * (If-None-Match: GETs, answered by {@code Conditional.get}; If-Match: the PATCH, answering
     * the edited item); Content-Language where Accept-Language chooses the names; Idempotent-Replayed
     * on the 201 of a create that takes an Idempotency-Key. Adds 406 wherever an answer has a body
     * (JAX-RS refuses an Accept it cannot meet), and {@code security: []} on an operation that
     * names no requirement, so that a public operation says it is public.
     */
    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        boolean takesTag = hasHeader(operation, "If-None-Match") || hasHeader(operation, "If-Match");
        boolean chosenLanguage = hasHeader(operation, "Accept-Language");
        boolean idempotent = hasHeader(operation, IdempotencyStore.HEADER);
        boolean hasBody = false;
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            response.addHeader(CorrelationIds.HEADER, headerRef(CorrelationIds.HEADER));
            boolean success = entry.getKey().startsWith("2");
            boolean body = response.getContent() != null && !response.getContent().getMediaTypes().isEmpty();
            hasBody |= success && body;
            if (entry.getKey().equals("200") && takesTag) {
                response.addHeader(ETAG, headerRef(ETAG));
            }
            if (success && body && chosenLanguage) {
                response.addHeader(CONTENT_LANGUAGE, headerRef(CONTENT_LANGUAGE));
            }
            if (entry.getKey().equals("201") && idempotent) {
                response.addHeader(IdempotencyStore.REPLAYED_HEADER, headerRef(IdempotencyStore.REPLAYED_HEADER));
            }
        }
        if (hasBody && !operation.getResponses().hasAPIResponse("406")) {
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse().ref("NotAcceptable"));
        }
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return parameter;
        }
        switch (parameter.getName()) {
            case "limit" -> parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageLimit.MAX)));
            case "q" -> parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .maxLength(SearchQuery.MAX_LENGTH));
            default -> {
            }
        }
        return parameter;
    }

    private static APIResponse problem(Components components, String name, ProblemType type, String detail,
            List<Problem.FieldError> errors) {
        Problem example = new Problem(type.uri(), type.title(), type.status(), detail, "/api/v1/...", null, errors);
        // in the order of the schema, and the same in every build (Map.of's order changes from one JVM to the next)
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", example.type());
        value.put("title", example.title());
        value.put("status", example.status());
        value.put("detail", example.detail());
        if (errors != null) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", errors.get(0).field());
            error.put("message", errors.get(0).message());
            value.put("errors", List.of(error));
        }
        Example ex = OASFactory.createExample().value(value);
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
