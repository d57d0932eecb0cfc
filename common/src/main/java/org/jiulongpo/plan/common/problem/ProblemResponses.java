package org.jiulongpo.plan.common.problem;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Writes problems as {@code application/problem+json}. Serialises to bytes here so that a
 * problem can be sent whatever the request's Accept header asked for (CSV, say).
 */
public final class ProblemResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemResponses() {
    }

    /** A hostile path can be 60 KiB long: the problem names it, it does not repeat it all. */
    public static String shorten(String path) {
        return path == null || path.length() <= 300 ? path : path.substring(0, 300) + "…";
    }

    public static byte[] toBytes(Problem problem) {
        try {
            return MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
    }

    public static Response response(Problem problem, String instance) {
        return response(problem, instance, Map.of());
    }

    public static Response response(Problem problem, String instance, Map<String, String> headers) {
        Problem withInstance = problem.instance() == null ? problem.withInstance(shorten(instance)) : problem;
        Response.ResponseBuilder builder = Response.status(withInstance.status())
                .type(Problem.MEDIA_TYPE)
                .entity(toBytes(withInstance));
        headers.forEach(builder::header);
        if (withInstance.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
