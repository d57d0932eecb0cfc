package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jiulongpo.plan.gateway.contract.WritePolicyContractTest;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.jiulongpo.plan.suite.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class ProxyTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @InjectServices
    WireMockServices.Services services;

    @TestHTTPResource("/")
    URI gateway;

    @AfterEach
    void reset() {
        services.indicators().resetAll();
        services.projects().resetAll();
    }

    @Test
    void passesMethodQueryHeadersStatusAndBodyThrough() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects"))
                .withQueryParam("sector", equalTo("water"))
                .withHeader("Accept-Language", equalTo("en"))
                .withHeader("If-None-Match", equalTo("\"v1-abc\""))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"v2-abc\"").withHeader("Link", "</api/v1/projects?cursor=x>; rel=\"next\"")
                        .withBody("{\"items\":[{\"code\":\"water-reservoir-yinshanhu\",\"name\":\"印山湖水库\"}]}")));
        // without Accept-Encoding: the stand-in answers uncompressed, and a gzip answer would get the
        // gateway's own "-gzip" tag (RepresentationTagsTest)
        plain().header("Accept-Language", "en").header("If-None-Match", "\"v1-abc\"")
                .header("X-Correlation-Id", "corr-123")
                .get("/api/v1/projects?sector=water").then().statusCode(200)
                .header("ETag", "\"v2-abc\"").header("Link", containsString("rel=\"next\""))
                .header("X-Correlation-Id", "corr-123")
                .body("items[0].name", is("印山湖水库"));
        services.projects().verify(getRequestedFor(urlPathEqualTo("/api/v1/projects"))
                .withHeader("X-Correlation-Id", equalTo("corr-123"))
                .withHeader("X-Forwarded-For", matching(".+")));
    }

    @Test
    void passes304AndProblemsUnchanged() {
        services.indicators().stubFor(get("/api/v1/indicators/fyp14-03")
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v0-x\"")));
        Response notModified = plain().header("If-None-Match", "\"v0-x\"").get("/api/v1/indicators/fyp14-03");
        notModified.then().statusCode(304).header("ETag", "\"v0-x\"");
        // RFC 9112 6.3: no body and no body framing (Python's http.client fails reading a chunked 304)
        assertThat(notModified.headers().getValues("ETag")).hasSize(1);
        assertThat(notModified.header("Transfer-Encoding")).isNull();
        assertThat(notModified.asByteArray()).isEmpty();
        services.indicators().stubFor(get("/api/v1/indicators/nope").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"/problems/not-found\",\"title\":\"Resource not found\",\"status\":404}")));
        given().get("/api/v1/indicators/nope").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void writesPassWithTheRightRoleAndBodyAndConditionalHeaders() {
        services.projects().stubFor(post("/api/v1/projects/transport-metro-line-19/status-updates")
                .withHeader("If-Match", equalTo("\"v3-a\""))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("{\"status\":\"under_construction\",\"progressPercent\":40}"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "/api/v1/projects/transport-metro-line-19/status-updates/9")
                        .withHeader("Content-Type", "application/json").withBody("{\"id\":9}")));
        given().header("Authorization", TestTokens.bearer("project-reporter")).header("If-Match", "\"v3-a\"")
                .header("Idempotency-Key", "k-1").contentType("application/json")
                .body("{\"status\":\"under_construction\",\"progressPercent\":40}")
                .post("/api/v1/projects/transport-metro-line-19/status-updates").then().statusCode(201)
                .header("Location", "/api/v1/projects/transport-metro-line-19/status-updates/9").body("id", is(9));
    }

    @Test
    void writesWithoutTheRightTokenNeverReachTheService() {
        String path = "/api/v1/indicators/fyp14-03/observations";
        String body = "{\"year\":2023,\"value\":45}";
        given().contentType("application/json").body(body).post(path).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").body("status", is(401));
        given().header("Authorization", TestTokens.expired("plan-editor")).contentType("application/json").body(body)
                .post(path).then().statusCode(401);
        given().header("Authorization", TestTokens.foreign("plan-editor")).contentType("application/json").body(body)
                .post(path).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("project-reporter")).contentType("application/json")
                .body(body).post(path).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("plan-editor"));
        given().header("Authorization", TestTokens.bearer("plan-editor")).header("If-Match", "\"v1-a\"")
                .contentType("application/json").body("{}").delete("/api/v1/projects/water-reservoir-yinshanhu").then()
                .statusCode(403);
        services.indicators().verify(0, anyRequestedFor(anyUrl()));
        services.projects().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void authorizationMatrixOverEveryWriteOfTheContract() throws Exception {
        // a service that was reached answers 404 (documented for every write but the subscription create), so it shows in the matrix
        String notFound = "{\"type\":\"/problems/not-found\",\"title\":\"Resource not found\",\"status\":404}";
        services.indicators().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(notFound)));
        services.projects().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(notFound)));
        // a bulk submission names no one resource, so it has no 404: reached, it answers 400
        String invalid = "{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400}";
        services.indicators().stubFor(post(urlPathMatching(".*/bulk")).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(invalid)));
        services.projects().stubFor(post(urlPathMatching(".*/bulk")).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(invalid)));
        services.notifications().resetAll();
        services.notifications().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(notFound)));
        // a create has no 404: reached with the test's empty body, notifications-service answers 400 (url missing)
        services.notifications().stubFor(post(urlPathEqualTo("/api/v1/subscriptions")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(invalid)));
        var writes = WritePolicyContractTest.writeOperations();
        assertThat(writes).hasSizeGreaterThanOrEqualTo(4);
        String[] roles = { "plan-editor", "project-reporter", "plan-admin" };
        int allowed = 0;
        for (var write : writes) {
            String right = write.roles().iterator().next();
            String wrong = Arrays.stream(roles).filter(r -> !write.roles().contains(r) && !r.equals("plan-admin"))
                    .findFirst().orElseThrow();
            boolean answersNo404 = write.pathTemplate().endsWith("/bulk")
                    || write.method().equals("POST") && write.pathTemplate().equals("/api/v1/subscriptions");
            int reached = answersNo404 ? 400 : 404;
            Object[][] cases = { { null, 401 }, { TestTokens.expired(right), 401 }, { TestTokens.foreign(right), 401 },
                    { TestTokens.bearer(wrong), 403 }, { TestTokens.bearer(right), reached } };
            for (Object[] c : cases) {
                var request = given().header("If-Match", "\"v1-x\"");
                if (!write.method().equalsIgnoreCase("DELETE")) {
                    // a DELETE takes no body (a body there is 400)
                    request.contentType("application/json").body("{}");
                }
                if (c[0] != null) {
                    request.header("Authorization", (String) c[0]);
                }
                request.request(write.method(), write.examplePath()).then()
                        .statusCode((Integer) c[1]);
                if (c == cases[cases.length - 1]) {
                    allowed++;
                }
            }
        }
        int forwarded = services.indicators().getAllServeEvents().size() + services.projects().getAllServeEvents().size()
                + services.notifications().getAllServeEvents().size();
        assertThat(forwarded).as("only the right role reaches a service").isEqualTo(allowed).isEqualTo(writes.size());
    }

    @Test
    void tokensIssuedInTheFutureOrForTooLongAre401() {
        String path = "/api/v1/indicators/fyp14-03/observations";
        for (String token : new String[] { TestTokens.issuedInTheFuture("plan-editor"), TestTokens.longLived("plan-editor") }) {
            given().header("Authorization", token).contentType("application/json").body("{\"year\":2023,\"value\":45}")
                    .post(path).then().statusCode(401).contentType("application/problem+json");
        }
        services.indicators().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyOnGetHeadOrDeleteIs400AndNeverReachesTheService() throws Exception {
        given().contentType("application/json").body("{}").get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json").body("detail", is("A GET request has no body"));
        given().header("Authorization", TestTokens.bearer("plan-admin")).header("If-Match", "\"v1-a\"")
                .contentType("application/json").body("{}").delete("/api/v1/projects/water-reservoir-yinshanhu")
                .then().statusCode(400).body("detail", is("A DELETE request has no body"));
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("HEAD /api/v1/projects HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 400");
        }
        services.projects().verify(0, anyRequestedFor(anyUrl()));
        // an empty body is no body
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson("{}").withHeader("ETag", "\"v1\"")));
        given().header("Content-Length", "0").get("/api/v1/projects/stats").then().statusCode(200);
    }

    @Test
    void aBulkSubmissionNeedsPlanEditorAndReachesIndicatorsAsSent() {
        String path = "/api/v1/indicators/observations/bulk";
        String csv = "\uFEFFindicatorCode,year,value\r\nfyp14-03,2023,45\r\n";
        given().contentType("text/csv").body(csv).post(path).then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("project-reporter")).contentType("text/csv").body(csv)
                .post(path).then().statusCode(403).contentType("application/problem+json");
        services.indicators().verify(0, anyRequestedFor(anyUrl()));
        services.indicators().stubFor(post(urlPathEqualTo(path))
                .willReturn(okJson("{\"dryRun\":true,\"rows\":1,\"new\":1,\"revised\":0,\"unchanged\":0,"
                        + "\"items\":[{\"row\":1,\"indicatorCode\":\"fyp14-03\",\"year\":2023,\"outcome\":\"new\",\"revision\":1}]}")));
        given().header("Authorization", TestTokens.bearer("plan-editor")).header("Idempotency-Key", "k-bulk")
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(path + "?dryRun=true").then()
                .statusCode(200).body("items[0].outcome", is("new"));
        services.indicators().verify(postRequestedFor(urlPathEqualTo(path)).withQueryParam("dryRun", equalTo("true"))
                .withHeader("Content-Type", containing("text/csv")).withHeader("Idempotency-Key", equalTo("k-bulk"))
                .withRequestBody(binaryEqualTo(csv.getBytes(StandardCharsets.UTF_8))));
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        given().header("Authorization", TestTokens.bearer("plan-editor")).contentType("text/csv").body(big)
                .post(path).then().statusCode(413).contentType("application/problem+json");
        services.indicators().verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        given().header("Authorization", TestTokens.bearer("plan-editor")).contentType("application/json").body(big)
                .post("/api/v1/indicators/fyp14-03/observations").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        services.indicators().verify(0, anyRequestedFor(anyUrl()));
        // a bulk submission too, as CSV: the limit is the body's, whatever its media type
        given().header("Authorization", TestTokens.bearer("project-reporter")).contentType("text/csv").body(big)
                .post("/api/v1/projects/status-updates/bulk").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        services.projects().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void chunkedBodiesAreReadInFullAndCounted() throws Exception {
        String path = "/api/v1/indicators/fyp14-03/observations";
        services.indicators().stubFor(post(path).withRequestBody(equalToJson("{\"year\":2023,\"value\":45}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"year\":2023}")));
        // a body of unknown length goes chunked: no Content-Length to refuse it by
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> small = http.send(chunked(path, "{\"year\":2023,\"value\":45}".getBytes()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(201);
        // read in full before the service is called, so it is forwarded with its length
        services.indicators().verify(postRequestedFor(urlEqualTo(path)).withHeader("Content-Length", equalTo("24")));
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        HttpResponse<String> tooLarge = http.send(chunked(path, big), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooLarge.body()).contains("\"status\":413");
    }

    private HttpRequest chunked(String path, byte[] body) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", TestTokens.bearer("plan-editor")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
    }

    @Test
    void aDownOrBrokenServiceIs503WithRetryAfter() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        long start = System.nanoTime();
        Response r = given().get("/api/v1/projects");
        r.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", is(503)).body("detail", containsString("projects-service"));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        given().get("/api/v1/projects/stats").then().statusCode(503);
    }

    @Test
    void unknownPathsAreProblems() {
        given().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
        given().get("/").then().statusCode(anyOf(is(200), is(302)));
    }

    @Test
    void longRequestLinesAre414ProblemsUpToTheHttpLayersLimitAndAnEmpty414PastIt() throws Exception {
        // up to quarkus.http.limits.max-initial-line-length (64 KiB) the router answers
        String problem = exchange("GET /api/v1/projects?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(problem).startsWith("HTTP/1.1 414").contains("application/problem+json").contains("\"status\":414");
        // past it Netty's decoder fails and Vert.x answers before any handler, empty (docs/reliability.md says why)
        String bare = exchange("GET /api/v1/projects?q=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(bare).startsWith("HTTP/1.0 414").contains("content-length: 0").endsWith("\r\n\r\n");
    }

    /** Sends a raw request and reads the answer until the gateway closes the connection. */
    private String exchange(String request) throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void expectContinueIsAnsweredAtOnce() throws Exception {
        // without an interim 100 the client waits its own timeout before it sends the body
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            String head = "POST /api/v1/projects/transport-metro-line-19/status-updates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
        }
    }

    @Test
    void everyPageAndScriptOfTheDashboardCarriesTheContentSecurityPolicy() {
        for (String path : new String[] { "/", "/index.html", "/app.js", "/js/api.js", "/app.css" }) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
    }

    @Test
    void corsAllowsBrowserClients() {
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,if-match,idempotency-key,content-type")
                .options("/api/v1/projects/x/status-updates").then().statusCode(200)
                .header("Access-Control-Allow-Origin", anyOf(is("*"), is("https://app.example")))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson("{}").withHeader("ETag", "\"v1\"")));
        given().header("Origin", "https://app.example").get("/api/v1/projects/stats").then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    /** A request without Accept-Encoding: rest-assured asks for gzip unless it has no decoders. */
    private static RequestSpecification plain() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }
}
