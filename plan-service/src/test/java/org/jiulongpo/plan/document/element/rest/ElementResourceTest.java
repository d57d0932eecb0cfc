package org.jiulongpo.plan.document.element.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ElementResourceTest {

    private static final String TITLE = "重庆市九龙坡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";
    private static final String TITLE_EN = "Outline of the 14th Five-Year Plan for National Economic and Social Development "
            + "and the Long-Range Objectives Through the Year 2035 of Jiulongpo District, Chongqing";

    /** Ids are published: these must keep meaning what they mean. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "front|front_matter||" + TITLE,
            "part-4|part|第四篇|深度融入新发展格局,建设高质量发展重要增长极",
            "chp-1|chapter|第一章|综合实力取得明显突破",
            "chp-16|chapter|第十六章|构建现代化基础设施体系",
            "chp-16/sec-1|section|第一节|完善城市综合交通体系",
            "chp-60/sec-3|section|第三节|完善规划评估监督机制",
            "box-1|box|专栏1|“十三五”规划主要发展指标完成情况表",
            "box-4|box|专栏4|重大交通建设项目",
            "box-19|box|专栏19|社会保障重大工程",
            "box-4/item-1|box_item||铁路",
            "box-2/item-3|box_item|3|规上工业全员劳动生产率(万元/人,2020年价)",
            "box-1/group-4|box_item||绿色发展" })
    void idsKeepTheirMeaning(String id, String type, String num, String title) {
        given().get("/api/v1/plan/elements/" + id).then().statusCode(200)
                .body("id", is(id)).body("type", is(type)).body("num", is(num)).body("titleZh", is(title));
    }

    @Test
    void anElementHasItsTextPlaceAndCitation() {
        given().get("/api/v1/plan/elements/chp-16/sec-1").then().statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "zh")
                .body("num", is("第一节")).body("numValue", is(1))
                .body("title", is("完善城市综合交通体系"))
                .body("titleEn", is("Improving the integrated urban transport system"))
                .body("text", is("第一节完善城市综合交通体系"))
                .body("lines.from", is(729)).body("lines.to", is(729))
                .body("parent", is("chp-16"))
                .body("children", is(List.of("chp-16/sec-1/p-1", "box-4")))
                .body("order", is(2)).body("depth", is(3))
                .body("citation", is("《" + TITLE + "》第四篇第十六章第一节"))
                .body("citationZh", is("《" + TITLE + "》第四篇第十六章第一节"))
                .body("citationEn", is(TITLE_EN + ", Part 4, Chapter 16, Section 1"))
                .body("$", not(hasKey("damageNote")))
                .body("version", is(1)).body("updatedAt", notNullValue());
        given().get("/api/v1/plan/elements/chp-16/sec-1/p-1").then().statusCode(200)
                .body("type", is("paragraph"))
                .body("$", not(hasKey("title"))).body("$", not(hasKey("num")))
                .body("text", startsWith("全面融入全市铁路和轨道网络"))
                .body("citationZh", is("《" + TITLE + "》第四篇第十六章第一节第1段"))
                .body("citationEn", is(TITLE_EN + ", Part 4, Chapter 16, Section 1, Paragraph 1"));
        given().get("/api/v1/plan/elements/box-4/item-1").then().statusCode(200)
                .body("parent", is("box-4"))
                .body("text", startsWith("铁路。加快推进重庆西站综合交通枢纽工程"))
                .body("citationZh", is("《" + TITLE + "》第四篇第十六章第一节专栏4第1项"))
                .body("citationEn", is(TITLE_EN + ", Part 4, Chapter 16, Section 1, Box 4, Item 1"));
        given().get("/api/v1/plan/elements/chp-12/p-3").then().statusCode(200)
                .body("parent", is("chp-12")).body("text", startsWith("改革开放迈上新台阶。"));
    }

    @Test
    void damagedTextIsKeptAsPrintedWithANote() {
        given().get("/api/v1/plan/elements/chp-3/p-1").then().statusCode(200)
                .body("text", containsString("森林覆盖率分别达46%40%左右"))
                .body("damageNote", containsString("46%40%左右"));
        given().get("/api/v1/plan/elements/part-5").then().statusCode(200)
                .body("text", is("第五篇牢固树立一体化发展理念,示范引领成渝地区\n\n双城经济圈建设"))
                .body("titleZh", is("牢固树立一体化发展理念,示范引领成渝地区双城经济圈建设"))
                .body("lines.from", is(785)).body("lines.to", is(787))
                .body("damageNote", containsString("two lines"));
        given().get("/api/v1/plan/elements/box-1/item-1").then().statusCode(200)
                .body("titleZh", is("地区生产总值年均增速(%"))
                .body("titleEn", is("Average annual growth of gross regional product (%)"))
                .body("damageNote", containsString("closing bracket"));
        given().get("/api/v1/plan/elements/box-1/header").then().statusCode(200)
                .body("text", is("序号\n\n2020\n\n目标\n\n2020\n\n完成\n\n指标\n\n属性"))
                .body("damageNote", containsString("scrambled"));
    }

    @Test
    void acceptLanguageChoosesTheTitleAndCitation() {
        given().header("Accept-Language", "en").get("/api/v1/plan/elements/chp-16").then().statusCode(200)
                .header("Content-Language", "en")
                .body("title", is("Building a modern infrastructure system"))
                .body("titleZh", is("构建现代化基础设施体系"))
                .body("titleEn", is("Building a modern infrastructure system"))
                .body("citation", is(TITLE_EN + ", Part 4, Chapter 16"))
                .body("text", is("第十六章构建现代化基础设施体系"));
        given().header("Accept-Language", "fr, de;q=0.5").get("/api/v1/plan/elements/chp-16").then().statusCode(200)
                .header("Content-Language", "zh").body("title", is("构建现代化基础设施体系"));
    }

    @Test
    void fieldsProjectTheAnswer() {
        Map<String, Object> body = given().get("/api/v1/plan/elements/chp-16?fields=id,num,citation").then()
                .statusCode(200).extract().as(Map.class);
        assertThat(body).containsOnlyKeys("id", "num", "citation");
        given().get("/api/v1/plan/elements/chp-16?fields=id,nope").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("fields"));
        given().get("/api/v1/plan/elements?type=chapter&fields=id,title&limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0]", is(Map.of("id", "chp-1", "title", "综合实力取得明显突破")));
    }

    @Test
    void theHtmlRenditionIsAValidEscapedDocumentInChinese() throws Exception {
        Response html = given().accept("text/html").get("/api/v1/plan/elements/chp-17");
        html.then().statusCode(200).contentType(startsWith("text/html")).header("Content-Language", "zh")
                .header("ETag", notNullValue());
        String page = html.asString();
        Document doc = parse(page);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("第十七章 精准落实双城经济圈建设重大任务");
        assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("第十七章 精准落实双城经济圈建设重大任务");
        assertThat(doc.getElementsByTagName("h2").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("cite").item(0).getTextContent()).isEqualTo("《" + TITLE + "》第五篇第十七章");
        // 《关于贯彻落实<成渝地区双城经济圈建设规划纲要>的实施意见》: the angle brackets are text, not markup
        assertThat(page).contains("&lt;成渝地区双城经济圈建设规划纲要&gt;").doesNotContain("<成渝");
        assertThat(doc.getElementsByTagName("a").item(0).getAttributes().getNamedItem("href").getTextContent())
                .isEqualTo("/api/v1/plan/elements/part-5?format=html");
        assertThat(page).doesNotContain("<script").doesNotContain("<style");

        String box = given().get("/api/v1/plan/elements/box-1?format=html").then().statusCode(200).extract().asString();
        Document boxDoc = parse(box);
        assertThat(boxDoc.getElementsByTagName("p").getLength()).isGreaterThan(30);
        assertThat(box).contains("R&amp;D经费支出").contains("class=\"damage-note\" lang=\"en\"");
        String paragraph = given().get("/api/v1/plan/elements/chp-16/sec-2/p-1?format=html").then().statusCode(200)
                .extract().asString();
        assertThat(parse(paragraph).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("《" + TITLE + "》第四篇第十六章第二节第1段");
        assertThat(paragraph).contains("构建电力供应安<br/>全与应急保障体系");
    }

    @Test
    void theTextRenditionIsThePrintedText() {
        given().accept("text/plain").get("/api/v1/plan/elements/box-6").then().statusCode(200)
                .contentType(startsWith("text/plain")).header("Content-Language", "zh")
                .body(is("专栏6\u2002 水资源供应和保障项目\n\n"
                        + "供水工程。扩建西彭水厂,实施城镇老旧供水管网和二次供水设施改造,加强应急备用水源建设。\n\n"
                        + "水利工程。建设印山湖水库、文峰湖水库。\n\n"
                        + "防洪治理工程。实施长江干流九龙坡段防洪护岸综合整治工程,开展跳磴河、桃花溪等中小河流防洪综合治理。\n"));
        given().get("/api/v1/plan/elements/chp-16/sec-3/p-1?format=text").then().statusCode(200)
                .body(startsWith("构建城乡一体化水资源配置网络")).body(endsWith("构建水旱灾害防御体系。\n"));
    }

    @Test
    void formatWinsOverAcceptAndUnknownRenditionsAreRefused() {
        given().accept("text/html").get("/api/v1/plan/elements/chp-16?format=json").then().statusCode(200)
                .contentType("application/json").body("id", is("chp-16"));
        given().accept("application/json").get("/api/v1/plan/elements/chp-16?format=text").then().statusCode(200)
                .contentType(startsWith("text/plain"));
        given().get("/api/v1/plan/elements/chp-16?format=pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("format"));
        given().accept("image/png").get("/api/v1/plan/elements/chp-16").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
        given().accept("text/html;q=0.5, application/json").get("/api/v1/plan/elements/chp-16").then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void eachRenditionHasItsOwnETagAnd304() {
        List<String> tags = new ArrayList<>();
        for (String query : new String[] { "", "?format=html", "?format=text", "?fields=id", "?format=json" }) {
            String path = "/api/v1/plan/elements/box-4/item-1" + query;
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            assertThat(etag).startsWith("\"v");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).body(is(""));
            tags.add(etag);
        }
        assertThat(tags.subList(0, 4)).doesNotHaveDuplicates();
        assertThat(tags.get(4)).isEqualTo(tags.get(0));
        String ancestry = given().get("/api/v1/plan/elements/box-4/item-1/ancestry").then().extract().header("ETag");
        given().header("If-None-Match", ancestry).get("/api/v1/plan/elements/box-4/item-1/ancestry").then().statusCode(304);
        String list = given().get("/api/v1/plan/elements?type=box").then().extract().header("ETag");
        given().header("If-None-Match", list).get("/api/v1/plan/elements?type=box").then().statusCode(304);
        given().header("If-None-Match", list).get("/api/v1/plan/elements?type=part").then().statusCode(200);
    }

    @Test
    void theAncestryGoesFromTheTopDownToTheElement() {
        given().get("/api/v1/plan/elements/box-4/item-1/ancestry").then().statusCode(200)
                .body("items.id", is(List.of("part-4", "chp-16", "chp-16/sec-1", "box-4", "box-4/item-1")))
                .body("items.depth", is(List.of(1, 2, 3, 4, 5)))
                .body("items[1].title", is("构建现代化基础设施体系"));
        given().header("Accept-Language", "en").get("/api/v1/plan/elements/front/p-1/ancestry").then().statusCode(200)
                .body("items.id", is(List.of("front", "front/p-1")))
                .body("items[0].title", is(TITLE_EN));
        given().get("/api/v1/plan/elements/part-1/ancestry").then().statusCode(200).body("items.id", is(List.of("part-1")));
        given().get("/api/v1/plan/elements/box-1/ancestry").then().statusCode(200)
                .body("items.id", is(List.of("part-1", "box-1")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "chp-61", "chp-16/sec-9", "box-20", "box-4/item-99", "part-15/p-1", "front/p-2" })
    void anUnknownIdIs404ProblemJson(String id) {
        given().get("/api/v1/plan/elements/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("title", is("Resource not found"))
                .body("detail", is("No element of the plan has the id '" + id + "'"))
                .body("instance", is("/api/v1/plan/elements/" + id));
        given().get("/api/v1/plan/elements/" + id + "/ancestry").then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
        given().accept("text/html").get("/api/v1/plan/elements/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "CHP-16", "chp-016", "chp-16%00", "chp-16%2F..%2Fchp-1", "%E7%AC%AC%E5%8D%81%E5%85%AD%E7%AB%A0",
            "chp-16%20", "..%2F..%2Fetc%2Fpasswd", "box-1/header/x", "chp-16%0Asec-1", "p-1", "%FF%FE" })
    void aMalformedIdIs404ProblemJsonNever500(String id) {
        given().urlEncodingEnabled(false).get("/api/v1/plan/elements/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void theListPagesThroughTheDocumentInOrder() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("limit", 200).queryParam("fields", "id")
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] { cursor })
                    .get("/api/v1/plan/elements");
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                page.then().header("Link", containsString("rel=\"next\""));
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(524).doesNotHaveDuplicates().startsWith("front", "front/p-1", "part-1", "part-1/p-1", "chp-1")
                .endsWith("chp-60/sec-3/p-1", "chp-60/sec-3/p-2");
        given().get("/api/v1/plan/elements").then().statusCode(200).body("items", hasSize(50))
                .body("nextCursor", notNullValue());
        given().get("/api/v1/plan/elements?limit=100000").then().statusCode(200).body("items", hasSize(500));
    }

    @Test
    void theListFiltersByTypeParentAndTime() {
        given().get("/api/v1/plan/elements?type=part&limit=500").then().statusCode(200).body("items", hasSize(14))
                .body("items.type", everyItem(is("part")));
        given().get("/api/v1/plan/elements?type=section&limit=500").then().statusCode(200).body("items", hasSize(109));
        given().get("/api/v1/plan/elements?type=box&limit=500").then().statusCode(200).body("items", hasSize(19));
        given().get("/api/v1/plan/elements?type=chapter&limit=500").then().statusCode(200).body("items", hasSize(60));
        given().get("/api/v1/plan/elements?parent=chp-16").then().statusCode(200)
                .body("items.id", is(List.of("chp-16/p-1", "chp-16/sec-1", "chp-16/sec-2", "chp-16/sec-3", "chp-16/sec-4")));
        given().get("/api/v1/plan/elements?parent=box-4&type=box_item").then().statusCode(200).body("items", hasSize(7));
        given().get("/api/v1/plan/elements?parent=chp-99").then().statusCode(200).body("items", hasSize(0))
                .body("nextCursor", nullValue());
        // a 专栏 printed in a 节 is inside it, though its id does not start with the 节's
        given().get("/api/v1/plan/elements?within=chp-16/sec-1&limit=500&fields=id").then().statusCode(200)
                .body("items[0].id", is("chp-16/sec-1")).body("items.id", hasItems("chp-16/sec-1/p-1", "box-4", "box-4/item-7"))
                .body("items.id", everyItem(anyOf(startsWith("chp-16/sec-1"), startsWith("box-4"))));
        given().get("/api/v1/plan/elements?within=box-4&type=box_item").then().statusCode(200).body("items", hasSize(7));
        given().get("/api/v1/plan/elements?within=chp-16/sec-1/p-1").then().statusCode(200)
                .body("items.id", is(List.of("chp-16/sec-1/p-1")));
        given().get("/api/v1/plan/elements?within=chp-99").then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/plan/elements?updatedSince=2999-01-01").then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/plan/elements?updatedSince=2000-01-01T00:00:00Z&type=part").then().statusCode(200)
                .body("items", hasSize(14));
    }

    @Test
    void theListRefusesBadParametersWith400() {
        for (String query : new String[] { "type=chapters", "parent=%E7%AC%AC", "parent=CHP-1", "within=CHP-1", "updatedSince=yesterday",
                "limit=0", "limit=-5", "limit=ten", "cursor=not-a-cursor", "fields=id,bogus", "format=xml" }) {
            given().urlEncodingEnabled(false).get("/api/v1/plan/elements?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("status", is(400))
                    .body("errors", hasSize(1));
        }
    }

    @Test
    void theListIsCsvWithABomForExcel() {
        Response csv = given().accept("text/csv").get("/api/v1/plan/elements?type=box&fields=id,num,titleZh,lines&limit=500");
        csv.then().statusCode(200).contentType(startsWith("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(20);
        assertThat(text).startsWith("id,num,titleZh,lines.from,lines.to\r\n")
                .contains("box-4,专栏4,重大交通建设项目,733,733\r\n");
        given().get("/api/v1/plan/elements?type=box&format=csv").then().statusCode(200).contentType(startsWith("text/csv"));
        given().get("/api/v1/plan/elements?type=part").then().statusCode(200)
                .body("items[3].children", hasItems("chp-13", "chp-16"));
    }

    private static Document parse(String html) throws Exception {
        // well-formed XML with one root: no unescaped text and no unclosed element anywhere
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
