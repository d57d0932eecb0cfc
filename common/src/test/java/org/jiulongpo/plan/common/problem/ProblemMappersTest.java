package org.jiulongpo.plan.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jiulongpo.plan.common.http.JaxRsStubs.uri;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jiulongpo.plan.common.json.JsonCustomizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

class ProblemMappersTest {

    record Observation(@NotNull Integer year, @Positive BigDecimal value) {
    }

    record Report(@NotBlank String status, List<@Valid Observation> observations) {
    }

    public static class Resource {
        public void create(@NotNull @Valid Report body) {
        }
    }

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final ObjectMapper JSON = json();
    private static final String PATH = "/api/v1/projects/fyp14-03/status-updates";
    private static final UriInfo URI = uri("http://localhost:8082" + PATH + "?lang=zh");

    private final ProblemMappers mappers = new ProblemMappers();

    private static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    /** The body as the caller reads it, after the checks every problem answer must pass. */
    private static JsonNode problem(Response response, int status, String type, String title) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        String text = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Exception", "java.", "org.", "com.", "io.", "jakarta.", "\tat ",
                "Observation", "ProblemMappersTest");
        JsonNode body = JSON.readTree(text);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).isEqualTo(type);
        assertThat(body.get("title").asText()).isEqualTo(title);
        assertThat(body.get("instance").asText()).isEqualTo(PATH);
        return body;
    }

    private static <E extends JsonProcessingException> E reading(Class<E> failure, String json) {
        E e = catchThrowableOfType(failure, () -> JSON.readValue(json, Report.class));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    private static Map<String, String> errors(JsonNode body) {
        Map<String, String> errors = new LinkedHashMap<>();
        body.get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    private static ConstraintViolationException violations(Report body) throws Exception {
        Method create = Resource.class.getMethod("create", Report.class);
        Set<ConstraintViolation<Resource>> violations = VALIDATION.getValidator().forExecutables()
                .validateParameters(new Resource(), create, new Object[] { body });
        assertThat(violations).isNotEmpty();
        return new ConstraintViolationException(violations);
    }

    @Test
    void aProblemExceptionAnswersItsOwnProblemAndHeaders() throws Exception {
        JsonNode conflict = problem(mappers.problem(
                ProblemException.conflict("no-report-after-completion", "The project is completed"), URI),
                409, "/problems/conflict", "Conflict with the current state");
        assertThat(conflict.get("detail").asText()).isEqualTo("The project is completed");
        assertThat(conflict.get("rule").asText()).isEqualTo("no-report-after-completion");
        assertThat(conflict.has("errors")).isFalse();

        Response limited = mappers.problem(ProblemException.withHeaders(ProblemType.TOO_MANY_REQUESTS,
                "Slow down", Map.of("Retry-After", "3")), URI);
        problem(limited, 429, "/problems/too-many-requests", "Too many requests");
        assertThat(limited.getHeaderString("Retry-After")).isEqualTo("3");

        JsonNode notFound = problem(mappers.problem(ProblemException.notFound("No project fyp14-99"), URI), 404,
                "/problems/not-found", "Resource not found");
        assertThat(notFound.get("detail").asText()).isEqualTo("No project fyp14-99");
    }

    @Test
    void aHostilePathIsNamedNotRepeated() throws Exception {
        String path = "/api/v1/projects/" + "a".repeat(60_000);
        Response response = mappers.problem(ProblemException.notFound("No such project"), uri("http://h" + path));
        String instance = JSON.readTree((byte[]) response.getEntity()).get("instance").asText();
        assertThat(instance).hasSize(301).isEqualTo(path.substring(0, 300) + "…");
    }

    @Test
    void constraintViolationsListEveryFieldByTheNameTheCallerSent() throws Exception {
        Report report = new Report(" ", List.of(new Observation(2025, BigDecimal.ONE), new Observation(null,
                new BigDecimal("-1"))));
        JsonNode body = problem(mappers.validation(violations(report), URI), 400, "/problems/validation",
                "Invalid request");
        assertThat(body.get("detail").asText()).isEqualTo("3 invalid fields");
        assertThat(errors(body)).containsExactly(
                Map.entry("observations.value", "must be greater than 0"),
                Map.entry("observations.year", "must not be null"),
                Map.entry("status", "must not be blank"));
    }

    @Test
    void aMissingBodyIsNamedByItsParameter() throws Exception {
        JsonNode body = problem(mappers.validation(violations(null), URI), 400, "/problems/validation",
                "Invalid request");
        assertThat(body.get("detail").asText()).isEqualTo("Invalid body: must not be null");
        assertThat(errors(body)).containsExactly(Map.entry("body", "must not be null"));
    }

    @Test
    void anUnknownJsonFieldIsNamedWithItsPath() throws Exception {
        JsonNode body = problem(mappers.unrecognizedField(reading(UnrecognizedPropertyException.class,
                "{\"status\":\"ok\",\"observations\":[{\"year\":2025,\"colour\":\"red\"}]}"), URI),
                400, "/problems/validation", "Invalid request");
        assertThat(errors(body)).containsExactly(Map.entry("observations[0].colour", "unknown field"));
        assertThat(body.get("detail").asText()).isEqualTo("Invalid observations[0].colour: unknown field");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() throws Exception {
        // a string where a number is declared is refused before any conversion (JsonCustomizer): a mismatch
        JsonNode year = problem(mappers.mismatchedInput(reading(MismatchedInputException.class,
                "{\"observations\":[{\"year\":\"twenty\"}]}"), URI), 400, "/problems/validation", "Invalid request");
        assertThat(errors(year)).containsExactly(Map.entry("observations[0].year", "must be an integer"));

        JsonNode value = problem(mappers.mismatchedInput(reading(MismatchedInputException.class,
                "{\"observations\":[{\"value\":\"lots\"}]}"), URI), 400, "/problems/validation", "Invalid request");
        assertThat(errors(value)).containsExactly(Map.entry("observations[0].value", "must be a number"));

        JsonNode status = problem(mappers.mismatchedInput(reading(MismatchedInputException.class,
                "{\"status\":[\"ok\"]}"), URI), 400, "/problems/validation", "Invalid request");
        assertThat(errors(status)).containsExactly(Map.entry("status", "must be a string"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsMalformed() throws Exception {
        JsonNode body = problem(mappers.mismatchedInput(reading(MismatchedInputException.class, "[1, 2]"), URI),
                400, "/problems/malformed-body", "Malformed request body");
        assertThat(body.get("detail").asText()).isEqualTo("The body must be a JSON object");
        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void brokenJsonIsMalformedAndAnUnreadableValueIsNamed() throws Exception {
        for (String broken : new String[] { "{\"status\":", "{\"status\":\"a\",\"status\":\"b\"}", "{status}" }) {
            JsonNode body = problem(mappers.malformedJson(reading(JsonProcessingException.class, broken), URI),
                    400, "/problems/malformed-body", "Malformed request body");
            assertThat(body.get("detail").asText()).as(broken).isEqualTo("The body is not well-formed JSON");
        }
        JsonMappingException unreadable = new JsonMappingException(null,
                "Cannot construct instance of `org.jiulongpo.plan.Secret`");
        unreadable.prependPath(new JsonMappingException.Reference(Report.class, "status"));
        JsonNode body = problem(mappers.malformedJson(unreadable, URI), 400, "/problems/validation",
                "Invalid request");
        assertThat(errors(body)).containsExactly(Map.entry("status", "has an invalid value"));
    }

    @Test
    void securityFailuresAre401WithABearerChallengeOr403() throws Exception {
        Response missing = mappers.unauthorized(new UnauthorizedException(), URI);
        JsonNode body = problem(missing, 401, "/problems/unauthorized", "Authentication required");
        assertThat(body.get("detail").asText()).isEqualTo("This operation needs a bearer token");
        assertThat(missing.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");

        Response invalid = mappers.authenticationFailed(
                new AuthenticationFailedException("JWT signature of io.smallrye.jwt failed"), URI);
        body = problem(invalid, 401, "/problems/unauthorized", "Authentication required");
        assertThat(body.get("detail").asText()).isEqualTo("The bearer token is invalid or expired");
        assertThat(invalid.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");

        Response forbidden = mappers.forbidden(new ForbiddenException("role plan-editor missing"), URI);
        body = problem(forbidden, 403, "/problems/forbidden", "Not allowed");
        assertThat(body.get("detail").asText()).isEqualTo("The token's roles do not allow this operation");
        assertThat(forbidden.getHeaderString("WWW-Authenticate")).isNull();
    }

    @Test
    void routingFailuresKeepTheirStatusWithADetailInWords() throws Exception {
        assertThat(problem(mappers.web(new NotFoundException("RESTEASY003210: Could not find resource"), URI), 404,
                "/problems/not-found", "Resource not found").get("detail").asText())
                .isEqualTo("No resource at this path");
        assertThat(problem(mappers.web(new NotAcceptableException(), URI), 406, "/problems/not-acceptable",
                "No acceptable representation").get("detail").asText())
                .isEqualTo("None of the media types in Accept can be produced here");
        assertThat(problem(mappers.web(new NotSupportedException(), URI), 415, "/problems/unsupported-media-type",
                "Unsupported media type").get("detail").asText())
                .isEqualTo("The Content-Type is not supported here; send application/json");
        assertThat(problem(mappers.web(new BadRequestException(), URI), 400, "/problems/validation",
                "Invalid request").get("detail").asText()).isEqualTo("The request is malformed");
        assertThat(problem(mappers.web(new ServiceUnavailableException(), URI), 503,
                "/problems/service-unavailable", "Service unavailable").get("detail").asText())
                .isEqualTo("Service unavailable");
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        Response response = mappers.web(new NotAllowedException("GET", new String[] { "HEAD" }), URI);
        JsonNode body = problem(response, 405, "/problems/method-not-allowed", "Method not allowed");
        assertThat(body.get("detail").asText()).isEqualTo("This path does not support the method");
        assertThat(response.getHeaderString("Allow")).contains("GET", "HEAD");
    }

    @Test
    void aServerFaultSaysItWasLoggedAndNothingOfItsCause() throws Exception {
        JsonNode web = problem(mappers.web(new InternalServerErrorException(
                "connection to jdbc:postgresql://db:5432/projects as projects_app refused"), URI), 500,
                "/problems/internal", "Internal error");
        assertThat(web.toString()).doesNotContain("jdbc", "projects_app");

        JsonNode unexpected = problem(mappers.unexpected(new IllegalStateException(
                "password=hunter2 in org.jiulongpo.plan.Secret", new NullPointerException()), URI), 500,
                "/problems/internal", "Internal error");
        assertThat(unexpected.get("detail").asText())
                .isEqualTo("The server could not complete the request; it has been logged");
        assertThat(unexpected.toString()).doesNotContain("hunter2", "Secret");
    }
}
