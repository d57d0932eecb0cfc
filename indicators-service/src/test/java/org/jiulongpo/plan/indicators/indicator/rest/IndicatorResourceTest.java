package org.jiulongpo.plan.indicators.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiulongpo.plan.suite.testing.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IndicatorResourceTest {

    @BeforeAll
    static void validateAnswersAgainstTheContract() {
        ContractValidation.install();
    }

    @Test
    void spotChecksFromThePlan() {
        given().get("/api/v1/indicators/fyp14-03").then().statusCode(200)
                .body("nameZh", is("规上工业全员劳动生产率"))
                .body("plan", is("fyp14")).body("seq", is("3"))
                .body("baseline.value", is(38)).body("baseline.year", is(2020))
                .body("target.value", is(50)).body("target.year", is(2025))
                .body("unit", is("万元/人"))
                .body("attribute", is("expected"))
                .body("source.column", is("专栏2"))
                .body("progress.status", is("no_data"));
        given().get("/api/v1/indicators/fyp13-08").then().statusCode(200)
                .body("nameZh", is("万人发明专利拥有量"))
                .body("target.value", is(18)).body("outcome.value", is(25.8f))
                .body("assessment", is("met"))
                .body("baseline", nullValue()).body("progress", nullValue());
        given().get("/api/v1/indicators/fyp14-10").then().statusCode(200)
                .body("nameZh", is("城乡居民收入比"))
                .body("direction", is("decrease")).body("valueType", is("ratio"))
                .body("baseline.raw", is("1.92:1")).body("target.value", is(1.9f));
    }

    @Test
    void tablesAreCompleteWithSubRowsAndProseTargets() {
        List<Map<String, Object>> fyp13 = given().get("/api/v1/indicators?plan=fyp13&limit=500").then().statusCode(200)
                .extract().path("items");
        long rows = fyp13.stream().filter(i -> !((String) i.get("seq")).contains(".")).count();
        long subRows = fyp13.stream().filter(i -> ((String) i.get("seq")).contains(".")).count();
        assertThat(rows).isEqualTo(25);
        assertThat(subRows).isEqualTo(7);
        assertThat(fyp13).filteredOn(i -> "14.1".equals(i.get("seq"))).singleElement()
                .satisfies(i -> assertThat(i.get("parentCode")).isEqualTo("fyp13-14"));
        given().get("/api/v1/indicators?plan=fyp14&limit=500").then().statusCode(200)
                .body("items.findAll { it.source.column == '专栏2' }.size()", is(24))
                .body("items.findAll { it.seq == null }.size()", greaterThan(5))
                .body("items.findAll { it.seq == null }.source.chapter", hasItem(startsWith("第十二章")));
        // prose targets named in the plan's 第十二章 and 第十四章
        given().get("/api/v1/indicators?q=社会消费品零售总额&plan=fyp14").then().statusCode(200)
                .body("items.target.value", hasItem(900));
    }

    @Test
    void everyIndicatorCitesItsSource() {
        List<Map<String, Object>> all = given().get("/api/v1/indicators?limit=500").then().statusCode(200)
                .body("nextCursor", nullValue()).extract().path("items");
        for (Map<String, Object> i : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) i.get("source");
            assertThat((String) source.get("chapter")).as((String) i.get("code")).startsWith("第");
            assertThat((String) source.get("quote")).isNotBlank();
            assertThat((Integer) source.get("line")).isPositive();
            assertThat(i.get("nameEn")).isNotNull();
        }
    }

    @Test
    void unquantifiedAndDamagedCellsAreHonest() {
        given().get("/api/v1/indicators/fyp14-19").then().statusCode(200)
                .body("target.value", nullValue()).body("target.raw", is("市级下达"))
                .body("progress.status", is("not_quantified"))
                .body("attribute", is("binding"));
        given().get("/api/v1/indicators/fyp13-16").then().statusCode(200)
                .body("outcome.value", nullValue()).body("outcome.raw", is(""))
                .body("assessment", is("not_assessable"));
        given().get("/api/v1/indicators/fyp13-14-1").then().statusCode(200)
                .body("target.raw", is(">80")).body("target.qualifier", is("at_least"));
    }

    @Test
    void filtersCombine() {
        given().get("/api/v1/indicators?plan=fyp14&attribute=binding&limit=500").then().statusCode(200)
                .body("items.attribute", everyItem(is("binding"))).body("items.plan", everyItem(is("fyp14")))
                .body("items", not(empty()));
        given().get("/api/v1/indicators?direction=decrease").then().statusCode(200)
                .body("items.code", hasItem("fyp14-10")).body("items.direction", everyItem(is("decrease")));
        given().get("/api/v1/indicators?valueType=annual_average_growth").then().statusCode(200)
                .body("items.code", hasItem("fyp14-01"));
        given().get("/api/v1/indicators?category=fyp13-green&limit=500").then().statusCode(200)
                .body("items.category.code", everyItem(is("fyp13-green"))).body("items.code", hasItem("fyp13-18"));
        given().get("/api/v1/indicators?status=not_quantified&limit=500").then().statusCode(200)
                .body("items.code", hasItem("fyp14-19")).body("items.progress.status", everyItem(is("not_quantified")));
        given().get("/api/v1/indicators?q=forest").then().statusCode(200).body("items.code", hasItem("fyp14-23"));
        given().get("/api/v1/indicators?q=森林覆盖率").then().statusCode(200).body("items.code", hasItems("fyp13-18", "fyp14-23"));
        // LIKE's wildcards are no wildcards here: alone they are nothing to search, beside a word they are dropped
        given().queryParam("q", "%_").get("/api/v1/indicators").then().statusCode(400).body("errors[0].field", is("q"));
        given().queryParam("q", "qzx%_").get("/api/v1/indicators").then().statusCode(200).body("items", empty());
        given().get("/api/v1/indicators?updatedSince=2999-01-01T00:00:00Z").then().statusCode(200).body("items", empty());
    }

    @Test
    void cursorPagingFollowsTableOrder() {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var r = given().queryParam("limit", 10);
            if (cursor != null) {
                r.queryParam("cursor", cursor);
            }
            Response page = r.get("/api/v1/indicators");
            page.then().statusCode(200);
            paged.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<String> all = given().get("/api/v1/indicators?limit=500").path("items.code");
        assertThat(paged).isEqualTo(all);
        assertThat(new LinkedHashSet<>(paged)).hasSize(paged.size());
        assertThat(all.get(0)).isEqualTo("fyp13-01");
        assertThat(all.indexOf("fyp14-02")).isEqualTo(all.indexOf("fyp14-01") + 1);
        given().get("/api/v1/indicators?limit=501").then().statusCode(200).body("items.size()", is(all.size()));
    }

    @Test
    void projectionLanguageAndCsv() {
        given().get("/api/v1/indicators/fyp14-23?fields=code,name,target").then().statusCode(200)
                .body("keySet()", containsInAnyOrder("code", "name", "target"));
        given().header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").get("/api/v1/indicators/fyp14-23").then()
                .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body("name", is(given().get("/api/v1/indicators/fyp14-23").path("nameEn").toString()))
                .body("nameZh", is("森林覆盖率"));
        Response csv = given().get("/api/v1/indicators?format=csv&plan=fyp14&fields=code,nameZh,unit,target");
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("code,nameZh,unit,target.year,target.value,target.raw,target.qualifier,target.valueType,target.note");
        assertThat(text).contains("fyp14-03,规上工业全员劳动生产率,万元/人,2025,50,50,,level,");
    }

    @Test
    void etagAnd304() {
        String etag = given().get("/api/v1/indicators?plan=fyp14").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/indicators?plan=fyp14").then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).get("/api/v1/indicators?plan=fyp14").then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + etag).get("/api/v1/indicators?plan=fyp14").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/v1/indicators?plan=fyp13").then().statusCode(200);
        String item = given().get("/api/v1/indicators/fyp13-01").header("ETag");
        given().header("If-None-Match", item).get("/api/v1/indicators/fyp13-01").then().statusCode(304);
    }

    @Test
    void categories() {
        given().get("/api/v1/indicators/categories").then().statusCode(200)
                .body("items.code", hasItems("fyp13-total", "fyp13-innovation", "fyp13-sharing"))
                .body("items.find { it.code == 'fyp13-green' }.nameZh", is("绿色发展"))
                .body("items.find { it.code == 'fyp13-green' }.indicatorCount", greaterThan(5));
    }

    @Test
    void badInput() {
        Set<String> params = Set.of("plan=fyp12", "attribute=optional", "direction=up", "valueType=x", "status=late",
                "category=fyp99", "limit=0", "cursor=%%%", "updatedSince=2020-13-45", "fields=secret", "format=pdf");
        for (String param : params) {
            String field = param.substring(0, param.indexOf('='));
            given().urlEncodingEnabled(param.contains("%%%") ? true : false).get("/api/v1/indicators?" + param).then()
                    .statusCode(400).contentType("application/problem+json").body("status", is(400))
                    .body("errors[0].field", is(field));
        }
        given().get("/api/v1/indicators/fyp14-99").then().statusCode(404).contentType("application/problem+json")
                .body("title", is("Resource not found")).body("detail", containsString("fyp14-99"));
        given().get("/api/v1/indicators/" + "x".repeat(300)).then().statusCode(404).body("detail", containsString("…"));
    }
}
