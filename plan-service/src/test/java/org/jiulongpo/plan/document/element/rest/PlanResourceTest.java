package org.jiulongpo.plan.document.element.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanResourceTest {

    private static final String TITLE = "重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";

    @Test
    void theDocumentIsDescribedAsItsPageDescribesIt() {
        given().get("/api/v1/plan").then().statusCode(200)
                .header("Content-Language", "zh")
                .body("title", is(TITLE)).body("titleZh", is(TITLE))
                .body("titleEn", startsWith("Outline of the 14th Five-Year Plan"))
                .body("issuer.nameZh", is("重庆市九龙坡区发展和改革委员会"))
                .body("issuer.shortNameZh", is("九龙坡区发展改革委"))
                .body("issuer.name", is("重庆市九龙坡区发展和改革委员会"))
                .body("writtenOn", is("2021-04-09")).body("publishedOn", is("2021-04-09"))
                .body("indexNumber", is("11500107450388938X/2021-00020"))
                .body("documentNumber", nullValue())
                .body("sourceUrl", nullValue())
                .body("source.file", is("000_ca47b3e00639afaa.txt"))
                .body("source.lines.from", is(1)).body("source.lines.to", is(1533))
                .body("citationZh", is("《" + TITLE + "》卷首"))
                .body("counts.find { it.type == 'part' }.count", is(14))
                .body("counts.find { it.type == 'chapter' }.count", is(60))
                .body("counts.find { it.type == 'section' }.count", is(109))
                .body("counts.find { it.type == 'box' }.count", is(19))
                .body("counts.find { it.type == 'box_item' }.count", is(124))
                .body("counts.find { it.type == 'paragraph' }.count", is(197))
                .body("counts.find { it.type == 'front_matter' }.count", is(1))
                .body("elements", is(524));
    }

    @Test
    void englishIsChosenByAcceptLanguageAndBothAreAlwaysThere() {
        given().header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").get("/api/v1/plan").then().statusCode(200)
                .header("Content-Language", "en")
                .body("title", startsWith("Outline of the 14th Five-Year Plan"))
                .body("titleZh", is(TITLE))
                .body("issuer.name", is("Development and Reform Commission of Jiulongpo District, Chongqing"))
                .body("citation", startsWith("Outline of the 14th Five-Year Plan"));
    }

    @Test
    void theContentsAreATreeOfHeadingsAndBoxes() {
        given().get("/api/v1/plan/contents").then().statusCode(200)
                .body("depth", is(4))
                .body("children", hasSize(15))
                .body("children[0].id", is("front")).body("children[0].children", hasSize(0))
                .body("children[4].id", is("part-4")).body("children[4].num", is("第四篇"))
                .body("children[4].children.id", is(List.of("chp-13", "chp-14", "chp-15", "chp-16")))
                .body("children[4].children[3].title", is("构建现代化基础设施体系"))
                .body("children[4].children[3].children.id",
                        is(List.of("chp-16/sec-1", "chp-16/sec-2", "chp-16/sec-3", "chp-16/sec-4")))
                .body("children[4].children[3].children[0].children.id", is(List.of("box-4")))
                .body("children[4].children[3].children[0].children[0].title", is("重大交通建设项目"))
                .body("children[1].children.id", hasItem("box-1"))
                // no paragraph and no box row anywhere
                .body("children.children.flatten().type", not(hasItem("paragraph")))
                .body("children.children.children.flatten().type", not(hasItem("paragraph")))
                .body("children.children.children.children.flatten().type", everyItem(is("box")));
    }

    @Test
    void theContentsCanStopAtALevel() {
        given().get("/api/v1/plan/contents?depth=1").then().statusCode(200)
                .body("depth", is(1)).body("children", hasSize(15))
                .body("children[1].children", nullValue());
        given().get("/api/v1/plan/contents?depth=2").then().statusCode(200)
                .body("children[4].children[3].id", is("chp-16"))
                .body("children[4].children[3].children", nullValue())
                .body("children[1].children.id", hasItem("box-1"));
        given().header("Accept-Language", "en").get("/api/v1/plan/contents?depth=99").then().statusCode(200)
                .body("depth", is(4))
                .body("children[4].children[3].title", is("Building a modern infrastructure system"))
                .body("children[4].children[3].titleZh", is("构建现代化基础设施体系"));
        for (String bad : new String[] { "0", "-1", "two", "1.5" }) {
            given().get("/api/v1/plan/contents?depth=" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", is(400)).body("errors[0].field", is("depth"));
        }
    }

    @Test
    void everyAnswerHasAStrongETagAndIfNoneMatchGives304() {
        for (String path : new String[] { "/api/v1/plan", "/api/v1/plan/contents", "/api/v1/plan/contents?depth=2" }) {
            String etag = given().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
            assertThat(etag).startsWith("\"v").doesNotStartWith("W/");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", is(etag));
            given().header("If-None-Match", "\"v0-000000000000\"").get(path).then().statusCode(200);
        }
        String zh = given().get("/api/v1/plan").then().extract().header("ETag");
        String en = given().header("Accept-Language", "en").get("/api/v1/plan").then().extract().header("ETag");
        assertThat(en).isNotEqualTo(zh);
        given().header("If-None-Match", zh).header("Accept-Language", "en").get("/api/v1/plan").then().statusCode(200);
    }
}
