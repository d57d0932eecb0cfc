package org.jiulongpo.plan.common.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.handler.codec.compression.CompressionOptions;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * One strong tag per representation (RFC 9110 §8.8.3): the HTTP layer gzips an answer after the
 * resource has tagged it, so the gzip bytes and the plain bytes would otherwise share a tag, and a
 * shared cache could hand gzip to a client that did not ask for it. This filter sits where the
 * compression is decided: it negotiates the content coding exactly as the HTTP layer does (Netty's
 * {@link HttpContentCompressor}, with the compressors the module configures), gives a compressed
 * answer's tag the coding as a suffix ({@code "v3-…"} becomes {@code "v3-…-gzip"}), and names
 * {@code Accept-Encoding} in {@code Vary} on every answer whose bytes depend on it.
 * <p>
 * {@code If-None-Match} is matched per representation too: before the resource sees it, a tag of
 * the representation this request will get loses its suffix (so the resource compares it with the
 * tag it computes) and a tag of another representation is dropped. That happens only on
 * {@link Config#conditionalPaths()}: the gateway passes proxied requests to the service unchanged,
 * and the service does it. If-Match accepts any representation's tag ({@link ETags#requireCurrent}).
 * <p>
 * Every tagged answer's media type is one the module compresses (quarkus.http.compress-media-types
 * lists JSON, CSV, HTML, text and YAML), so that whether a request gets the compressed
 * representation depends on its Accept-Encoding alone, as the rewrite of If-None-Match assumes.
 * An answer of another media type is sent plain (Content-Encoding: identity) and keeps its tag.
 */
@ApplicationScoped
public class RepresentationTags {

    @ConfigMapping(prefix = "plan.representation-tags")
    public interface Config {
        /** Whether the HTTP layer compresses at all. */
        @WithDefault("${quarkus.http.enable-compression:false}")
        boolean compression();

        /** The codings the HTTP layer offers (Quarkus's quarkus.http.compressors). */
        @WithDefault("${quarkus.http.compressors:gzip,deflate}")
        List<String> compressors();

        /** The media types it compresses (Quarkus's quarkus.http.compress-media-types). */
        @WithDefault("${quarkus.http.compress-media-types:text/html,text/plain,text/xml,text/css,text/javascript,application/javascript,application/json,application/graphql+json,application/xhtml+xml}")
        List<String> mediaTypes();

        /**
         * Path prefixes whose If-None-Match is matched here, because this module answers them
         * itself. Every path by default; the gateway lists its own routes, not the proxied ones.
         */
        @WithDefault("/")
        List<String> conditionalPaths();
    }

    /** The codings a tag suffix can name. */
    static final Set<String> CODINGS = Set.of("gzip", "deflate");

    private final boolean enabled;
    private final Set<String> mediaTypes;
    private final List<String> conditionalPaths;
    private final Negotiation negotiation;

    public RepresentationTags(Config config) {
        this.enabled = config.compression();
        this.mediaTypes = config.mediaTypes().stream().map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.conditionalPaths = List.copyOf(config.conditionalPaths());
        this.negotiation = new Negotiation(config.compressors());
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 20).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String coding = coding(request);
        if (conditionalPaths.stream().anyMatch(ctx.normalizedPath()::startsWith)) {
            String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            if (ifNoneMatch != null) {
                Optional<String> matched = forRepresentation(ifNoneMatch, coding);
                if (matched.isPresent()) {
                    request.headers().set(HttpHeaders.IF_NONE_MATCH, matched.get());
                } else {
                    request.headers().remove(HttpHeaders.IF_NONE_MATCH);
                }
            }
        }
        ctx.addHeadersEndHandler(v -> tag(ctx.response(), coding));
        ctx.next();
    }

    /**
     * The coding the HTTP layer will compress this request's answer with, or null for none:
     * Netty sends HTTP/1.0 answers plain, and negotiates the rest from Accept-Encoding.
     */
    String coding(HttpServerRequest request) {
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding == null || request.version() == HttpVersion.HTTP_1_0) {
            return null;
        }
        return negotiation.choose(acceptEncoding);
    }

    private void tag(HttpServerResponse response, String coding) {
        String encoding = response.headers().get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !"identity".equalsIgnoreCase(encoding)) {
            // compressed and tagged before it came here: a service's answer through the gateway
            addVary(response);
            return;
        }
        int status = response.getStatusCode();
        if (encoding != null || status < 200 || status == 204) {
            return;
        }
        // a 304 stands for the answer the client holds: compressed when this request would get it so
        boolean compressible = status == 304 || compressible(response.headers().get(HttpHeaders.CONTENT_TYPE));
        if (!compressible) {
            if (coding != null) {
                // the HTTP layer would compress it anyway on a route Quarkus does not wrap
                response.headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            }
            return;
        }
        addVary(response);
        String etag = response.headers().get(HttpHeaders.ETAG);
        // a tag with a coding is a service's 304 through the gateway: tagged where it was made
        if (coding != null && etag != null && codingOf(etag) == null) {
            response.headers().set(HttpHeaders.ETAG, withCoding(etag, coding));
        }
    }

    private boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return mediaTypes.contains(type);
    }

    private static void addVary(HttpServerResponse response) {
        List<String> vary = response.headers().getAll(HttpHeaders.VARY);
        for (String line : vary) {
            for (String field : line.split(",")) {
                String name = field.trim();
                if (name.equals("*") || name.equalsIgnoreCase("Accept-Encoding")) {
                    return;
                }
            }
        }
        if (vary.size() == 1) {
            response.headers().set(HttpHeaders.VARY, vary.get(0) + ", Accept-Encoding");
        } else {
            response.headers().add(HttpHeaders.VARY, "Accept-Encoding");
        }
    }

    /** {@code "v3-ab"} with coding gzip is {@code "v3-ab-gzip"}; a weak tag stays weak. */
    static String withCoding(String etag, String coding) {
        int close = etag.lastIndexOf('"');
        if (close <= 0) {
            return etag;
        }
        return etag.substring(0, close) + "-" + coding + etag.substring(close);
    }

    /**
     * If-None-Match as the resource must see it for the representation of {@code coding} (null:
     * plain): that representation's tags without their suffix, {@code *} as it is, nothing else.
     * Empty when no tag is left, so that the header is removed and the full answer is sent.
     */
    static Optional<String> forRepresentation(String ifNoneMatch, String coding) {
        List<String> kept = new ArrayList<>();
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.equals("*")) {
                kept.add(tag);
                continue;
            }
            String tagCoding = codingOf(tag);
            if (tagCoding == null && coding == null) {
                kept.add(tag);
            } else if (tagCoding != null && tagCoding.equals(coding)) {
                kept.add(withoutCoding(tag));
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", kept));
    }

    /** The coding a tag's suffix names, or null for a tag of a plain representation. */
    static String codingOf(String tag) {
        if (!tag.endsWith("\"")) {
            return null;
        }
        int dash = tag.lastIndexOf('-');
        if (dash < 0) {
            return null;
        }
        String suffix = tag.substring(dash + 1, tag.length() - 1);
        return CODINGS.contains(suffix) ? suffix : null;
    }

    /** The tag without its coding suffix; a tag without one as it is. */
    static String withoutCoding(String tag) {
        String coding = codingOf(tag);
        return coding == null ? tag : tag.substring(0, tag.length() - coding.length() - 2) + "\"";
    }

    /**
     * Netty's own choice of coding, so that the tag and the bytes cannot disagree: the HTTP layer
     * compresses with an {@link HttpContentCompressor} made from the same compressors, and its
     * {@code determineEncoding} decides from Accept-Encoding alone.
     */
    static final class Negotiation extends HttpContentCompressor {

        Negotiation(List<String> compressors) {
            super(options(compressors));
        }

        private static CompressionOptions[] options(List<String> compressors) {
            List<CompressionOptions> options = new ArrayList<>();
            for (String name : compressors) {
                switch (name.trim().toLowerCase(Locale.ROOT)) {
                    case "gzip" -> options.add(StandardCompressionOptions.gzip());
                    case "deflate" -> options.add(StandardCompressionOptions.deflate());
                    default -> throw new IllegalArgumentException("no entity tag suffix for the compressor " + name
                            + "; supported: " + CODINGS);
                }
            }
            return options.toArray(CompressionOptions[]::new);
        }

        String choose(String acceptEncoding) {
            return determineEncoding(acceptEncoding);
        }
    }
}
