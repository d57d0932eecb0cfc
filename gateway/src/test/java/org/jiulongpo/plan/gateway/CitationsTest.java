package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class CitationsTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    // 专栏4 is printed in 第十六章第一节, so it and its rows are inside the 节 though their ids are not under it
    static final String SUBTREE = """
            {"items":[
              {"id":"chp-16/sec-1","type":"section","num":"第一节","title":"完善城市综合交通体系","titleZh":"完善城市综合交通体系","titleEn":"Improving the integrated urban transport system","citation":"《纲要》第四篇第十六章第一节"},
              {"id":"chp-16/sec-1/p-1","type":"paragraph","citation":"《纲要》第四篇第十六章第一节第1段"},
              {"id":"box-4","type":"box","num":"专栏4","title":"重大交通建设项目","titleZh":"重大交通建设项目","titleEn":"Major transport construction projects","citation":"《纲要》第四篇第十六章第一节专栏4"},
              {"id":"box-4/item-2","type":"box_item","title":"轨道","titleZh":"轨道","titleEn":"Rail transit","citation":"《纲要》第四篇第十六章第一节专栏4第2项"}
            ]}""";
    static final String INDICATORS = """
            {"items":[
              {"code":"fyp14-p31","plan":"fyp14","kind":"prose_target","name":"半小时交通圈","nameZh":"半小时交通圈","nameEn":"Half-hour transport circle","attribute":"expected","progress":{"status":"no_data","breachRisk":false},"source":{"element":"chp-16/sec-1/p-1","line":731}}
            ]}""";
    static final String PROJECTS = """
            {"items":[
              {"code":"transport-metro-line-19","name":"轨道19号线","nameZh":"轨道19号线","nameEn":"Rail Transit Line 19","sector":"transport","kind":"construction","specificity":"named","status":"not_reported","source":{"element":"box-4/item-2","line":737}},
              {"code":"transport-metro-line-18","name":"轨道18号线","nameZh":"轨道18号线","nameEn":"Rail Transit Line 18","sector":"transport","kind":"construction","specificity":"named","status":"under_construction","source":{"element":"box-4/item-2","line":737}}
            ]}""";

    @InjectServices
    WireMockServices.Services services;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthy() {
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).withQueryParam("within", equalTo("chp-16/sec-1"))
                .willReturn(okJson(SUBTREE)));
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(INDICATORS)));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects")).willReturn(okJson(PROJECTS)));
    }

    @AfterEach
    void reset() {
        services.indicators().resetAll();
        services.projects().resetAll();
        services.plan().resetAll();
        breakers.resetAll();
    }

    @Test
    void citationsListWhatCitesTheElementOrAnythingInsideIt() {
        given().get("/api/v1/citations/chp-16/sec-1").then().statusCode(200).header("Content-Language", "zh")
                .body("element.id", is("chp-16/sec-1"))
                .body("element.num", is("第一节"))
                .body("element.title", is("完善城市综合交通体系"))
                .body("element.href", is("/api/v1/plan/elements/chp-16/sec-1"))
                .body("elements", is(4))
                .body("citedBy.indicators.code", contains("fyp14-p31"))
                .body("citedBy.indicators[0].sourceElement", is("chp-16/sec-1/p-1"))
                .body("citedBy.indicators[0].status", is("no_data"))
                .body("citedBy.indicators[0].href", is("/api/v1/indicators/fyp14-p31"))
                // the same element: by code
                .body("citedBy.projects.code", contains("transport-metro-line-18", "transport-metro-line-19"))
                .body("citedBy.projects[0].sourceElement", is("box-4/item-2"))
                .body("citedBy.projects[0].kind", is("construction"))
                .body("sources.indicators.status", is("ok")).body("sources.projects.status", is("ok"));
        String asked = "chp-16/sec-1,chp-16/sec-1/p-1,box-4,box-4/item-2";
        services.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))
                .withQueryParam("sourceElement", equalTo(asked)).withQueryParam("fields", containing("source"))
                .withHeader("Accept-Language", equalTo("zh")));
        services.projects().verify(getRequestedFor(urlPathEqualTo("/api/v1/projects"))
                .withQueryParam("sourceElement", equalTo(asked)).withQueryParam("limit", equalTo("500")));
    }

    @Test
    void citationsAnswerInTheAskedLanguageWithAStrongEtag() {
        String etag = given().get("/api/v1/citations/chp-16/sec-1").then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"h");
        given().header("If-None-Match", etag).get("/api/v1/citations/chp-16/sec-1").then().statusCode(304)
                .header("ETag", etag);
        // the services name things in the language asked for
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).withHeader("Accept-Language", equalTo("en"))
                .willReturn(okJson(SUBTREE.replace("\"title\":\"完善城市综合交通体系\"", "\"title\":\"Improving the integrated urban transport system\""))));
        given().header("Accept-Language", "en").header("If-None-Match", etag).get("/api/v1/citations/chp-16/sec-1")
                .then().statusCode(200).header("Content-Language", "en")
                .body("element.title", is("Improving the integrated urban transport system"));
        services.plan().verify(getRequestedFor(urlPathEqualTo("/api/v1/plan/elements"))
                .withHeader("Accept-Language", equalTo("en")));
        services.projects().verify(getRequestedFor(urlPathEqualTo("/api/v1/projects"))
                .withHeader("Accept-Language", equalTo("en")));
        // a project added to the element is a new answer
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects"))
                .willReturn(okJson(PROJECTS.replace("transport-metro-line-18", "transport-metro-line-24"))));
        given().header("If-None-Match", etag).get("/api/v1/citations/chp-16/sec-1").then().statusCode(200)
                .body("citedBy.projects.code", hasItem("transport-metro-line-24"));
    }

    @Test
    void aLargeElementIsAskedForInChunksEachServiceAccepts() {
        List<String> ids = IntStream.rangeClosed(1, 120).mapToObj(i -> "chp-12/p-" + i).toList();
        String page = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"type\":\"paragraph\",\"citation\":\"c\"}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).withQueryParam("within", equalTo("chp-12"))
                .willReturn(okJson(page.replace("\"chp-12/p-1\",\"type\":\"paragraph\"", "\"chp-12\",\"type\":\"chapter\""))));
        given().get("/api/v1/citations/chp-12").then().statusCode(200).body("elements", is(120))
                .body("sources.projects.status", is("ok"));
        List<Integer> projectChunks = chunkSizes(services.projects().findAll(getRequestedFor(urlPathEqualTo("/api/v1/projects"))));
        List<Integer> indicatorChunks = chunkSizes(services.indicators().findAll(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))));
        assertThat(projectChunks).containsExactlyInAnyOrder(50, 50, 20);
        assertThat(indicatorChunks).containsExactlyInAnyOrder(100, 20);
    }

    private static List<Integer> chunkSizes(List<LoggedRequest> requests) {
        List<Integer> sizes = new ArrayList<>();
        requests.forEach(r -> sizes.add(r.queryParameter("sourceElement").firstValue().split(",").length));
        return sizes;
    }

    @Test
    void anUnknownElementIs404() {
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).withQueryParam("within", equalTo("chp-99"))
                .willReturn(okJson("{\"items\":[]}")));
        given().get("/api/v1/citations/chp-99").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("chp-99"));
        // plan-service refuses a malformed id as a filter value; to the caller no element has it
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).withQueryParam("within", equalTo("CHP-1"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}")));
        given().get("/api/v1/citations/CHP-1").then().statusCode(404).contentType("application/problem+json");
        services.indicators().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/indicators")));
    }

    @Test
    void aDownServiceLeavesItsPartOutAndSaysSo() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects")).willReturn(serverError()));
        given().get("/api/v1/citations/chp-16/sec-1").then().statusCode(200)
                .body("citedBy.indicators.code", contains("fyp14-p31"))
                .body("citedBy", not(hasKey("projects")))
                .body("sources.projects.status", is("unavailable"))
                .body("sources.projects.detail", is("projects-service answered 500"))
                .body("sources.indicators.status", is("ok"));
    }

    @Test
    void withoutPlanServiceThereIsNothingToLookFor() {
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/elements")).willReturn(serverError()));
        given().get("/api/v1/citations/chp-16/sec-1").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("detail", is("plan-service answered 500"));
        services.indicators().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/indicators")));
    }
}
