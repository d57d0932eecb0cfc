package org.jiulongpo.plan.common.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jiulongpo.plan.common.csv.Csv;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns records into HTTP answers the way every collection and item of the suite answers:
 * JSON or CSV, optional {@code fields=} projection, strong ETag with 304, {@code Link} to the
 * next page, {@code Content-Language} and {@code Vary}.
 */
@ApplicationScoped
public class Representations {

    public static final String VARY = "Accept, Accept-Language";

    private final ObjectMapper mapper;

    public Representations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The output format a request asked for: {@code ?format=} wins over {@code Accept}. */
    public enum Format {
        JSON, CSV;

        public static Format of(String formatParam, HttpHeaders headers) {
            if (formatParam != null) {
                return switch (formatParam) {
                    case "json" -> JSON;
                    case "csv" -> CSV;
                    default -> throw ProblemException.invalid("format", "must be json or csv");
                };
            }
            for (MediaType type : acceptable(headers)) {
                if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                    return JSON;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return CSV;
                }
            }
            return JSON;
        }

        /** An Accept header that cannot be parsed (empty, broken parameters) is ignored: JSON is served. */
        private static List<MediaType> acceptable(HttpHeaders headers) {
            try {
                return headers.getAcceptableMediaTypes();
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }
    }

    /**
     * Parses {@code fields=code,name} against the fields a resource has; unknown ones are refused
     * so that a typo does not silently return less than the caller expects.
     */
    public static Set<String> fields(String fields, Set<String> allowed) {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        if (fields.length() > 500) {
            throw ProblemException.invalid("fields", "must be at most 500 characters");
        }
        Set<String> requested = new LinkedHashSet<>();
        for (String field : fields.split(",")) {
            String f = field.trim();
            if (f.isEmpty()) {
                continue;
            }
            if (!allowed.contains(f)) {
                throw ProblemException.invalid("fields", "unknown field '" + abbreviate(f) + "'; known fields: "
                        + String.join(", ", allowed));
            }
            requested.add(f);
        }
        return requested;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public Response collection(Page<?> page, Set<String> fields, Format format, Lang lang, String etag, UriInfo uri) {
        Response.ResponseBuilder builder;
        if (format == Format.JSON && fields.isEmpty()) {
            // the common case: the records straight to bytes, no tree in between
            builder = Response.ok(bytes(page), MediaType.APPLICATION_JSON_TYPE);
        } else if (format == Format.CSV) {
            builder = Response.ok(Csv.write(tree(page, fields)), Csv.MEDIA_TYPE);
        } else {
            List<JsonNode> rows = tree(page, fields);
            ObjectNode body = mapper.createObjectNode();
            body.putArray("items").addAll(rows);
            if (page.nextCursor() != null) {
                body.put("nextCursor", page.nextCursor());
            }
            builder = Response.ok(bytes(body), MediaType.APPLICATION_JSON_TYPE);
        }
        if (page.nextCursor() != null) {
            URI next = UriBuilder.fromUri(uri.getRequestUri())
                    .replaceQueryParam("cursor", page.nextCursor()).build();
            builder.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return decorate(builder, etag, lang).build();
    }

    private List<JsonNode> tree(Page<?> page, Set<String> fields) {
        List<JsonNode> rows = new ArrayList<>(page.items().size());
        for (Object item : page.items()) {
            rows.add(project(mapper.valueToTree(item), fields));
        }
        return rows;
    }

    public Response item(Object item, Set<String> fields, Lang lang, String etag) {
        byte[] body = fields.isEmpty() ? bytes(item) : bytes(project(mapper.valueToTree(item), fields));
        return decorate(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), etag, lang).build();
    }

    /** A JSON body that is neither a page nor projected (stats, code lists, progress). */
    public Response json(Object body, Lang lang, String etag) {
        return decorate(Response.ok(bytes(body), MediaType.APPLICATION_JSON_TYPE), etag, lang).build();
    }

    private static Response.ResponseBuilder decorate(Response.ResponseBuilder builder, String etag, Lang lang) {
        if (etag != null) {
            builder.header("ETag", etag);
        }
        if (lang != null) {
            builder.header("Content-Language", lang.tag());
        }
        return builder.header("Vary", VARY);
    }

    private static JsonNode project(JsonNode node, Set<String> fields) {
        if (fields.isEmpty() || !(node instanceof ObjectNode object)) {
            return node;
        }
        object.retain(fields);
        return object;
    }

    public byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies are plain records", e);
        }
    }
}
