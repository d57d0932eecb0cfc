package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Through the gateway, the compressed and the plain answer are two representations with two
 * strong tags, and both say that they vary on Accept-Encoding: for the gateway's own answers (the
 * contract) and for proxied ones, whose If-None-Match reaches the service as the client sent it.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class RepresentationTagsTest {

    private static final String TAG = "\"v4-0a1b2c3d-4e5f6a7b8c9d\"";

    @InjectServices
    WireMockServices.Services services;

    @AfterEach
    void reset() {
        services.projects().resetAll();
    }

    @Test
    void theContractHasOneTagPerRepresentationAndItsOwnConditionalGet() {
        Response gzip = given().header("Accept-Encoding", "gzip").get("/q/openapi");
        gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", endsWith("-gzip\""))
                .header("Vary", containsString("Accept-Encoding")).body(containsString("openapi:"));
        Response plain = plain().get("/q/openapi");
        plain.then().statusCode(200).header("Content-Encoding", is((String) null))
                .header("ETag", not(endsWith("-gzip\""))).header("Vary", containsString("Accept-Encoding"));
        String gzipTag = gzip.header("ETag");
        String plainTag = plain.header("ETag");
        assertThat(gzipTag).isEqualTo(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"");

        given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).get("/q/openapi").then()
                .statusCode(304).header("ETag", gzipTag).header("Vary", containsString("Accept-Encoding"));
        plain().header("If-None-Match", plainTag).get("/q/openapi").then()
                .statusCode(304).header("ETag", plainTag);
        given().header("Accept-Encoding", "gzip").header("If-None-Match", plainTag).get("/q/openapi").then()
                .statusCode(200).header("ETag", gzipTag);
        plain().header("If-None-Match", gzipTag).get("/q/openapi").then()
                .statusCode(200).header("ETag", plainTag);
    }

    @Test
    void aProxiedAnswerCompressedOnTheWayHasItsOwnTagAndTheServiceGetsTheClientsIfNoneMatch() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/transport-metro-line-19"))
                .willReturn(okJson("{\"code\":\"transport-metro-line-19\",\"name\":\"轨道交通19号线\"}").withHeader("ETag", TAG)
                        .withHeader("Vary", "Accept, Accept-Language")));
        given().header("Accept-Encoding", "gzip").get("/api/v1/projects/transport-metro-line-19").then()
                .statusCode(200).header("Content-Encoding", "gzip").header("ETag", "\"v4-0a1b2c3d-4e5f6a7b8c9d-gzip\"")
                .header("Vary", "Accept, Accept-Language, Accept-Encoding");
        plain().get("/api/v1/projects/transport-metro-line-19").then()
                .statusCode(200).header("ETag", TAG).header("Vary", "Accept, Accept-Language, Accept-Encoding");

        String gzipTag = "\"v4-0a1b2c3d-4e5f6a7b8c9d-gzip\"";
        given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag)
                .get("/api/v1/projects/transport-metro-line-19");
        services.projects().verify(getRequestedFor(urlPathEqualTo("/api/v1/projects/transport-metro-line-19"))
                .withHeader("If-None-Match", equalTo(gzipTag)).withHeader("Accept-Encoding", containing("gzip")));
    }

    @Test
    void aServicesNotModifiedKeepsTheTagTheServiceGaveIt() {
        String gzipTag = "\"v4-0a1b2c3d-4e5f6a7b8c9d-gzip\"";
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/transport-metro-line-19"))
                .withHeader("If-None-Match", equalTo(gzipTag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", gzipTag)
                        .withHeader("Vary", "Accept-Encoding")));
        given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag)
                .get("/api/v1/projects/transport-metro-line-19").then().statusCode(304).header("ETag", gzipTag)
                .header("Vary", "Accept-Encoding");
    }

    /** A request without Accept-Encoding: rest-assured asks for gzip unless it has no decoders. */
    private static RequestSpecification plain() {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }
}
