package org.jiulongpo.plan.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(WireMockServices.class)
class AggregateTest {

    // relative to the management interface's root path, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readinessUrl;

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    static final String INDICATORS = """
            {"items":[
              {"code":"fyp13-08","plan":"fyp13","name":"万人发明专利拥有量","nameZh":"万人发明专利拥有量","nameEn":"Invention patents per 10,000 people","attribute":"expected","assessment":"met","updatedAt":"2026-01-01T00:00:00Z","version":0},
              {"code":"fyp14-23","plan":"fyp14","name":"森林覆盖率","nameZh":"森林覆盖率","nameEn":"Forest coverage","attribute":"binding","unit":"%","progress":{"status":"on_track","breachRisk":false,"latestYear":2023,"latestValue":40.6},"updatedAt":"2026-03-01T00:00:00Z","version":2},
              {"code":"fyp14-24","plan":"fyp14","name":"亿元地区生产总值安全事故死亡率","nameZh":"亿元地区生产总值安全事故死亡率","nameEn":"Deaths in work safety accidents per 100 million yuan of GDP","attribute":"binding","progress":{"status":"off_track","breachRisk":true,"latestYear":2023,"latestValue":0.031},"updatedAt":"2026-02-01T00:00:00Z","version":1},
              {"code":"fyp14-19","plan":"fyp14","name":"单位地区生产总值能源消耗降低","nameZh":"单位地区生产总值能源消耗降低","nameEn":"Reduction in energy consumption per unit of GDP","attribute":"binding","progress":{"status":"not_quantified","breachRisk":false},"updatedAt":"2026-01-01T00:00:00Z","version":0}
            ]}""";
    static final String STATS = """
            {"bySectorAndStatus":{"transport":{"not_started":40,"under_construction":1}},"byPlanStage":{"start_construction":11},
             "bySector":{"transport":41},"total":84,"lastUpdatedAt":"2026-03-02T00:00:00Z",
             "latestUpdates":[{"id":7,"projectCode":"transport-metro-line-19","projectNameZh":"轨道19号线","projectNameEn":"Rail Transit Line 19","status":"under_construction","previousStatus":"not_started","progressPercent":12,"reportedAt":"2026-03-01T00:00:00Z","recordedAt":"2026-03-02T00:00:00Z"}]}""";

    @InjectServices
    WireMockServices.Services services;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthy() {
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(INDICATORS)));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson(STATS)));
    }

    @AfterEach
    void reset() {
        services.indicators().resetAll();
        services.projects().resetAll();
        services.plan().resetAll();
        breakers.resetAll();
    }

    @Test
    void overviewCountsEachTargetOnce() {
        // 专栏1 row 14 heads its # sub-rows; fyp14-p05 restates 专栏2 row 23 (森林覆盖率 41)
        String withHeadingAndRestatement = INDICATORS.replace("\n]}", """
                ,
                  {"code":"fyp13-14","plan":"fyp13","kind":"table_heading","name":"空气质量","nameZh":"空气质量","nameEn":"Air quality","attribute":"binding","updatedAt":"2026-01-01T00:00:00Z","version":1},
                  {"code":"fyp14-p05","plan":"fyp14","kind":"prose_target","name":"森林覆盖率","nameZh":"森林覆盖率","nameEn":"Forest coverage rate","attribute":"binding","relatedCode":"fyp14-23","progress":{"status":"on_track","breachRisk":false},"updatedAt":"2026-01-01T00:00:00Z","version":1}
                ]}""");
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(withHeadingAndRestatement)));
        given().get("/api/v1/overview").then().statusCode(200)
                .body("indicators.total", is(4))
                .body("indicators.byPlan.fyp13", is(1))
                .body("indicators.byPlan.fyp14", is(3))
                .body("indicators.byAttribute.fyp14.binding", is(3))
                .body("indicators.byProgressStatus.on_track", is(1));
        services.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))
                .withQueryParam("fields", containing("relatedCode")).withQueryParam("fields", containing("kind")));
    }

    @Test
    void overviewCombinesBothServices() {
        given().get("/api/v1/overview").then().statusCode(200)
                .body("indicators.total", is(4))
                .body("indicators.byPlan.fyp14", is(3))
                .body("indicators.byAttribute.fyp14.binding", is(3))
                .body("indicators.byProgressStatus.off_track", is(1))
                .body("indicators.byProgressStatus.at_risk", is(0))
                .body("indicators.byAssessment.met", is(1))
                .body("indicators.bindingAtRisk.code", contains("fyp14-24"))
                .body("indicators.latestUpdates.code", contains("fyp14-23", "fyp14-24"))
                .body("indicators.lastUpdatedAt", is("2026-03-01T00:00:00Z"))
                .body("projects.total", is(84))
                .body("projects.latestUpdates[0].projectName", is("轨道19号线"))
                .body("sources.indicators.status", is("ok")).body("sources.projects.status", is("ok"));
        given().header("Accept-Language", "en").get("/api/v1/overview").then()
                .body("projects.latestUpdates[0].projectName", is("Rail Transit Line 19"))
                .body("indicators.bindingAtRisk[0].name", startsWith("Deaths"));
        services.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators"))
                .withQueryParam("limit", equalTo("500")).withQueryParam("fields", containing("progress")));
    }

    @Test
    void overviewCallsBothServicesInParallel() {
        // 2 s each, under the tests' 5 s timeout per call (application.properties): in parallel about
        // 2 s, one after the other 4 s. The upper bound leaves 1.5 s for the gateway's own work.
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(INDICATORS).withFixedDelay(2000)));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson(STATS).withFixedDelay(2000)));
        given().get("/api/v1/overview").then().statusCode(200);
        long start = System.nanoTime();
        given().get("/api/v1/overview").then().statusCode(200)
                .body("sources.indicators.status", is("ok")).body("sources.projects.status", is("ok"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).as("two 2 s calls in parallel").isBetween(1.99, 3.5);
    }

    @Test
    void aDownServiceDegradesTheOverviewToStaleThenRecovers() {
        given().get("/api/v1/overview").then().statusCode(200).body("sources.projects.status", is("ok"));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(serverError()));
        long start = System.nanoTime();
        given().get("/api/v1/overview").then().statusCode(200)
                .body("sources.projects.status", is("stale")).body("sources.projects.asOf", notNullValue())
                .body("projects.total", is(84))
                .body("sources.indicators.status", is("ok")).body("indicators.total", is(4));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson(STATS)));
        breakers.resetAll();
        given().get("/api/v1/overview").then().statusCode(200).body("sources.projects.status", is("ok"));
    }

    @Test
    void aServiceThatSaysItIsReadyAgainIsCalledAtOnceNotAfterTheBreakersPause() throws InterruptedException {
        given().get("/api/v1/overview").then().statusCode(200).body("sources.projects.status", is("ok"));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(serverError()));
        services.projects().stubFor(get("/q/health/ready").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/overview").then().statusCode(200).body("sources.projects.status", is("stale"));
        }
        assertThat(breakers.currentState("projects-overview")).isEqualTo(CircuitBreakerState.OPEN);
        long asked = System.nanoTime();
        while (services.projects().findAll(getRequestedFor(urlEqualTo("/q/health/ready"))).isEmpty()
                && (System.nanoTime() - asked) / 1e9 < 2) {
            Thread.sleep(20);
        }
        assertThat(services.projects().findAll(getRequestedFor(urlEqualTo("/q/health/ready"))))
                .as("the gateway asks a failing service whether it is ready").isNotEmpty();
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats")).willReturn(okJson(STATS)));
        services.projects().stubFor(get("/q/health/ready").willReturn(okJson("{\"status\":\"UP\"}")));
        long ready = System.nanoTime();
        String status = "stale";
        while (!status.equals("ok") && (System.nanoTime() - ready) / 1e9 < 2) {
            Thread.sleep(20);
            status = given().get("/api/v1/overview").then().statusCode(200).extract().path("sources.projects.status");
        }
        double seconds = (System.nanoTime() - ready) / 1e9;
        // the probe closes the breaker on its next round (every 250 ms), long before its own 3 s pause
        assertThat(status).isEqualTo("ok");
        assertThat(seconds).as("seconds from ready to full answers").isLessThan(1.25);
    }

    @Test
    void aSlowServiceCostsAboutTheTimeoutNotMore() {
        // the tests' timeout per call is 5 s (application.properties): the answer comes after about
        // that, not after the 30 s delay, and not after a retry's second timeout (10 s)
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(okJson(INDICATORS).withFixedDelay(30_000)));
        long start = System.nanoTime();
        Response r = given().get("/api/v1/overview");
        double seconds = (System.nanoTime() - start) / 1e9;
        r.then().statusCode(200).body("sources.indicators.status", anyOf(is("stale"), is("unavailable")))
                .body("sources.projects.status", is("ok")).body("projects.total", is(84));
        assertThat(seconds).isBetween(4.99, 8.0);
    }

    @Test
    void overviewHasAStrongEtag() {
        String etag = given().get("/api/v1/overview").then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"h");
        given().header("If-None-Match", etag).get("/api/v1/overview").then().statusCode(304);
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/stats"))
                .willReturn(okJson(STATS.replace("\"total\":84", "\"total\":83"))));
        given().header("If-None-Match", etag).get("/api/v1/overview").then().statusCode(200);
    }

    static final String INDICATOR_HITS = """
            {"query":"森林","items":[{"code":"fyp14-23","plan":"fyp14","name":"森林覆盖率","nameZh":"森林覆盖率","nameEn":"Forest coverage rate","status":"on_track","rank":0.2,"snippet":"<mark>森林</mark>覆盖率"}]}""";
    static final String PROJECT_HITS = """
            {"query":"森林","items":[{"code":"education-basic-cfls-forest-primary","name":"重庆外国语学校森林小学彩云湖校区","nameZh":"重庆外国语学校森林小学彩云湖校区","nameEn":"CFLS Forest Primary School","sector":"education","status":"not_started","progressPercent":0,"rank":0.1,"snippet":"重庆外国语学校<mark>森林</mark>小学彩云湖校区"}]}""";
    static final String ELEMENT_HITS = """
            {"query":"森林","items":[{"id":"chp-12/p-3","type":"paragraph","citation":"《纲要》第十二章第3段","rank":0.15,"snippet":"…<mark>森林</mark>覆盖率达41%以上…"}]}""";

    @Test
    void searchMergesTheThreeServicesByRank() {
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/search")).withQueryParam("q", equalTo("森林"))
                .willReturn(okJson(INDICATOR_HITS)));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/search")).withQueryParam("q", equalTo("森林"))
                .willReturn(okJson(PROJECT_HITS)));
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/search")).withQueryParam("q", equalTo("森林"))
                .willReturn(okJson(ELEMENT_HITS)));
        given().get("/api/v1/search?q=森林").then().statusCode(200)
                .body("query", is("森林"))
                .body("items.type", contains("indicator", "element", "project"))
                .body("items.rank", contains(0.2f, 0.15f, 0.1f))
                .body("items[0].href", is("/api/v1/indicators/fyp14-23"))
                .body("items[0].snippet", is("<mark>森林</mark>覆盖率"))
                .body("items[0].status", is("on_track"))
                .body("items[1].href", is("/api/v1/plan/elements/chp-12/p-3"))
                .body("items[1].elementType", is("paragraph"))
                .body("items[1].citation", is("《纲要》第十二章第3段"))
                .body("items[2].sector", is("education"))
                .body("sources.indicators.status", is("ok")).body("sources.projects.status", is("ok"))
                .body("sources.plan.status", is("ok"));
        services.indicators().verify(getRequestedFor(urlPathEqualTo("/api/v1/indicators/search"))
                .withQueryParam("limit", equalTo("20")).withHeader("Accept-Language", equalTo("zh")));
        given().get("/api/v1/search?q=森林&limit=2").then().statusCode(200).body("items.type", contains("indicator", "element"));
        given().get("/api/v1/search?q=森林&type=project,element").then().statusCode(200)
                .body("items.type", contains("element", "project"));
        services.indicators().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/indicators/search")).withQueryParam("limit", equalTo("2")));
        services.indicators().verify(2, getRequestedFor(urlPathEqualTo("/api/v1/indicators/search")));
    }

    @Test
    void searchAnswersConditionallyInTheAskedLanguage() {
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/search")).willReturn(okJson(INDICATOR_HITS)));
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/search")).willReturn(okJson(PROJECT_HITS)));
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/search")).willReturn(okJson(ELEMENT_HITS)));
        String etag = given().get("/api/v1/search?q=森林").then().statusCode(200).header("Content-Language", "zh")
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/search?q=森林").then().statusCode(304);
        given().header("Accept-Language", "en").get("/api/v1/search?q=森林").then().statusCode(200)
                .header("Content-Language", "en");
        services.projects().verify(getRequestedFor(urlPathEqualTo("/api/v1/projects/search"))
                .withHeader("Accept-Language", equalTo("en")));
    }

    @Test
    void searchDegradesAndValidates() {
        services.projects().stubFor(get(urlPathEqualTo("/api/v1/projects/search")).willReturn(serverError()));
        services.indicators().stubFor(get(urlPathEqualTo("/api/v1/indicators/search")).willReturn(okJson("{\"items\":[]}")));
        services.plan().stubFor(get(urlPathEqualTo("/api/v1/plan/search")).willReturn(okJson(ELEMENT_HITS)));
        given().get("/api/v1/search?q=森林").then().statusCode(200).body("sources.projects.status", is("unavailable"))
                .body("sources.projects.detail", is("projects-service answered 500"))
                .body("sources.plan.status", is("ok")).body("items.type", contains("element"));
        given().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("q"));
        given().get("/api/v1/search?q=" + "字".repeat(101)).then().statusCode(400);
        given().get("/api/v1/search?q=。，").then().statusCode(400).body("errors[0].field", is("q"));
        given().get("/api/v1/search?q=a&type=person").then().statusCode(400).body("errors[0].field", is("type"));
        given().get("/api/v1/search?q=a&type=project,").then().statusCode(400).body("errors[0].field", is("type"));
        given().get("/api/v1/search?q=a&limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
        given().get("/api/v1/search?q=a&limit=501").then().statusCode(400).body("errors[0].field", is("limit"));
    }

    @Test
    void readinessReportsEachService() {
        services.indicators().stubFor(get("/q/health/ready").willReturn(okJson("{\"status\":\"UP\"}")));
        services.projects().stubFor(get("/q/health/ready").willReturn(aResponse().withStatus(503)));
        given().get(readinessUrl).then().statusCode(200)
                .body("checks.find { it.name == 'downstream services' }.data.indicators-service", is("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.projects-service", is("DOWN"));
    }
}
