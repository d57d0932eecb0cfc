package org.jiulongpo.plan.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A real Vert.x HTTP server that compresses as the modules' servers do, with the filter in front
 * of a resource that tags its answer and honours If-None-Match the way Conditional does.
 */
class RepresentationTagsTest {

    private static final String TAG = "\"v7-0a1b2c3d-4e5f6a7b8c9d\"";
    private static final String BODY = "{\"items\":[" + "{\"code\":\"transport-metro-line-19\"},".repeat(40) + "{}]}";

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Settings(boolean compression, List<String> compressors, List<String> mediaTypes,
            List<String> conditionalPaths) implements RepresentationTags.Config {
    }

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new RepresentationTags(new Settings(true, List.of("gzip", "deflate"), List.of("application/json", "text/csv"),
                List.of("/api/own"))).install(router);
        router.get("/api/own").handler(ctx -> answer(ctx, "application/json"));
        router.get("/api/passed").handler(ctx -> ctx.response().putHeader("X-Seen-If-None-Match",
                String.valueOf(ctx.request().getHeader("If-None-Match"))).putHeader("ETag", TAG)
                .putHeader("Content-Type", "application/json").end(BODY));
        router.get("/api/binary").handler(ctx -> answer(ctx, "application/octet-stream"));
        server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true)).requestHandler(router)
                .listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static void answer(RoutingContext ctx, String type) {
        ctx.response().putHeader("Vary", "Accept, Accept-Language");
        if (ETags.noneMatchHits(ctx.request().getHeader("If-None-Match"), TAG)) {
            ctx.response().setStatusCode(304).putHeader("ETag", TAG).end();
            return;
        }
        ctx.response().putHeader("ETag", TAG).putHeader("Content-Type", type).end(BODY);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void theGzipAnswerHasItsOwnTagAndEveryCompressibleAnswerVariesOnAcceptEncoding() throws Exception {
        HttpResponse<byte[]> gzip = get("/api/own", "Accept-Encoding", "gzip");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(BODY);
        assertThat(gzip.headers().allValues("ETag")).containsExactly("\"v7-0a1b2c3d-4e5f6a7b8c9d-gzip\"");
        assertThat(gzip.headers().allValues("Vary")).containsExactly("Accept, Accept-Language, Accept-Encoding");

        HttpResponse<byte[]> plain = get("/api/own");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(plain.headers().allValues("ETag")).containsExactly(TAG);
        assertThat(plain.headers().allValues("Vary")).containsExactly("Accept, Accept-Language, Accept-Encoding");

        HttpResponse<byte[]> deflate = get("/api/own", "Accept-Encoding", "deflate");
        assertThat(deflate.headers().firstValue("Content-Encoding")).contains("deflate");
        assertThat(deflate.headers().allValues("ETag")).containsExactly("\"v7-0a1b2c3d-4e5f6a7b8c9d-deflate\"");
    }

    @Test
    void ifNoneMatchMatchesOnlyTheRepresentationTheRequestGets() throws Exception {
        String gzipTag = "\"v7-0a1b2c3d-4e5f6a7b8c9d-gzip\"";
        HttpResponse<byte[]> notModified = get("/api/own", "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().allValues("ETag")).containsExactly(gzipTag);
        assertThat(notModified.headers().allValues("Vary").toString()).contains("Accept-Encoding");

        assertThat(get("/api/own", "If-None-Match", TAG).statusCode()).isEqualTo(304);
        assertThat(get("/api/own", "If-None-Match", TAG).headers().allValues("ETag")).containsExactly(TAG);
        // a client holding the other representation gets the whole answer, never a 304 for bytes it lacks
        HttpResponse<byte[]> plainTagGzipAsked = get("/api/own", "Accept-Encoding", "gzip", "If-None-Match", TAG);
        assertThat(plainTagGzipAsked.statusCode()).isEqualTo(200);
        assertThat(plainTagGzipAsked.headers().allValues("ETag")).containsExactly(gzipTag);
        HttpResponse<byte[]> gzipTagPlainAsked = get("/api/own", "If-None-Match", gzipTag);
        assertThat(gzipTagPlainAsked.statusCode()).isEqualTo(200);
        assertThat(gzipTagPlainAsked.headers().allValues("ETag")).containsExactly(TAG);
        assertThat(get("/api/own", "Accept-Encoding", "gzip", "If-None-Match", TAG + ", " + gzipTag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPathOutsideTheConditionalPathsKeepsItsIfNoneMatchForWhoeverAnswersIt() throws Exception {
        String gzipTag = "\"v7-0a1b2c3d-4e5f6a7b8c9d-gzip\"";
        HttpResponse<byte[]> passed = get("/api/passed", "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        assertThat(passed.headers().firstValue("X-Seen-If-None-Match")).contains(gzipTag);
        assertThat(passed.headers().allValues("ETag")).containsExactly(gzipTag);
    }

    @Test
    void anAnswerOfAnotherMediaTypeIsSentPlainWithItsTag() throws Exception {
        HttpResponse<byte[]> binary = get("/api/binary", "Accept-Encoding", "gzip");
        assertThat(binary.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(binary.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(binary.headers().allValues("ETag")).containsExactly(TAG);
    }

    @Test
    void theCodingIsNegotiatedAsTheHttpLayerDoes() {
        RepresentationTags.Negotiation both = new RepresentationTags.Negotiation(List.of("gzip", "deflate"));
        assertThat(both.choose("gzip, deflate, br")).isEqualTo("gzip");
        assertThat(both.choose("gzip;q=0.5, deflate")).isEqualTo("deflate");
        assertThat(both.choose("gzip;q=0")).isNull();
        assertThat(both.choose("identity")).isNull();
        assertThat(both.choose("br")).isNull();
        assertThat(both.choose("*")).isEqualTo("gzip");
        assertThat(new RepresentationTags.Negotiation(List.of("gzip")).choose("deflate")).isNull();
    }

    @Test
    void ifNoneMatchIsRewrittenForTheRepresentation() {
        assertThat(RepresentationTags.forRepresentation("\"v1-a-gzip\", \"v1-a\", *", "gzip")).contains("\"v1-a\", *");
        assertThat(RepresentationTags.forRepresentation("\"v1-a-gzip\", W/\"v1-a\"", null)).contains("W/\"v1-a\"");
        assertThat(RepresentationTags.forRepresentation("\"v1-a-deflate\"", "gzip")).isEqualTo(Optional.empty());
        assertThat(RepresentationTags.withCoding("W/\"v1-a\"", "gzip")).isEqualTo("W/\"v1-a-gzip\"");
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
