package org.jiulongpo.plan.common.problem;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.json.JsonCustomizer;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one exception-mapper set of every module: whatever goes wrong, the caller gets
 * problem+json whose status equals the HTTP status, and never a stack trace or class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A restarted PostgreSQL accepts connections again within a few seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.response(e.problem(), path(uri), e.headers());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return ProblemResponses.response(ProblemException.invalid(errors).problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return ProblemResponses.response(ProblemException.invalid(jsonPath(e), "unknown field").problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        if (e.getTargetType() == String.class) {
            return ProblemResponses.response(
                    ProblemException.invalid(jsonPath(e), JsonCustomizer.LONE_SURROGATE).problem(), path(uri));
        }
        String expected = e.getTargetType() == null ? "another type" : friendlyType(e.getTargetType());
        return ProblemResponses.response(
                ProblemException.invalid(jsonPath(e), "must be " + expected).problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return malformed("The body must be a JSON object", uri);
        }
        String expected = e.getTargetType() == null ? "another type" : friendlyType(e.getTargetType());
        return ProblemResponses.response(
                ProblemException.invalid(field, "must be " + expected).problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemResponses.response(
                    ProblemException.invalid(jsonPath(mapping), "has an invalid value").problem(), path(uri));
        }
        return malformed("The body is not well-formed JSON", uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.response(
                ProblemType.UNAUTHORIZED.problem("This operation needs a bearer token"), path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.response(
                ProblemType.UNAUTHORIZED.problem("The bearer token is invalid or expired"), path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(
                ProblemType.FORBIDDEN.problem("The token's roles do not allow this operation"), path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not support the method";
            case 406 -> "None of the media types in Accept can be produced here";
            case 415 -> "The Content-Type is not supported here; send application/json";
            case 400 -> "The request is malformed";
            default -> type.title();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, null, null, null);
        Map<String, String> headers = Map.of();
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            headers = Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return ProblemResponses.response(problem, path(uri), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            // readiness is DOWN for the same reason; one line, not a stack trace per request
            LOG.warnf("Database unavailable: %s", e);
            return ProblemResponses.response(
                    ProblemType.SERVICE_UNAVAILABLE.problem("The database cannot be reached; retry later"), path(uri),
                    Map.of("Retry-After", Integer.toString(DATABASE_RETRY_AFTER_SECONDS)));
        }
        LOG.error("Unexpected error", e);
        return ProblemResponses.response(
                ProblemType.INTERNAL.problem("The server could not complete the request; it has been logged"),
                path(uri));
    }

    private static Response malformed(String detail, UriInfo uri) {
        return ProblemResponses.response(ProblemType.MALFORMED_BODY.problem(detail), path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.body.value" becomes "value": callers know fields and parameters, not Java methods. */
    static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.getName() != null) {
                        properties.add(node.getName());
                    }
                }
                default -> {
                    // method, constructor, return value: not something the caller sent
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "request" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String friendlyType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset";
        }
        return "a value of the documented type";
    }
}
