package org.jiulongpo.plan.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiulongpo.plan.common.http.JaxRsStubs.accepting;
import static org.jiulongpo.plan.common.http.JaxRsStubs.uri;
import static org.jiulongpo.plan.common.problem.Problems.invalid;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.json.JsonCustomizer;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.Problem;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

class RepresentationsTest {

    record Target(BigDecimal value, String unit) {
    }

    record Project(String code, String name, String nameEn, Target target) {
    }

    private static final Set<String> FIELDS = Set.of("code", "name", "nameEn", "target");
    private static final Project LAKE = new Project("fyp14-03", "印山湖", "Yinshan Lake",
            new Target(new BigDecimal("50"), "亿元"));
    private static final Project RAIL = new Project("fyp14-04", "渝昆高铁, 重庆段", "Yukun HSR",
            new Target(new BigDecimal("1.5E+2"), "km"));
    private static final String TAG = ETags.strong(7, "projects");

    private final ObjectMapper mapper = mapper();
    private final Representations representations = new Representations(mapper);

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    private JsonNode json(Response response) throws Exception {
        return mapper.readTree((byte[]) response.getEntity());
    }

    @Test
    void fieldsSelectsTheNamedFieldsInTheirOrder() {
        assertThat(Representations.fields("name,code", FIELDS)).containsExactly("name", "code");
        assertThat(Representations.fields(" code , ,name,code", FIELDS)).containsExactly("code", "name");
        assertThat(Representations.fields(null, FIELDS)).isEmpty();
        assertThat(Representations.fields("", FIELDS)).isEmpty();
    }

    @Test
    void anUnknownFieldIsA400NamingItAndTheKnownOnes() {
        Problem problem = invalid(() -> Representations.fields("code,nmae", FIELDS), "fields");
        assertThat(problem.errors().get(0).message()).startsWith("unknown field 'nmae'; known fields: ")
                .contains("code", "name", "nameEn", "target");
        String message = invalid(() -> Representations.fields("x".repeat(100), FIELDS), "fields").errors().get(0)
                .message();
        assertThat(message).contains("'" + "x".repeat(40) + "…'").doesNotContain("x".repeat(41));
        invalid(() -> Representations.fields("code,".repeat(101), FIELDS), "fields");
        // a nested property is not a field of the collection
        invalid(() -> Representations.fields("target.value", FIELDS), "fields");
    }

    @Test
    void formatParameterWinsOverAccept() {
        assertThat(Format.of("csv", accepting("application/json"))).isEqualTo(Format.CSV);
        assertThat(Format.of("json", accepting("text/csv"))).isEqualTo(Format.JSON);
        Problem problem = invalid(() -> Format.of("xml", accepting("text/csv")), "format");
        assertThat(problem.errors().get(0).message()).isEqualTo("must be json or csv");
        invalid(() -> Format.of("CSV", accepting()), "format");
    }

    @Test
    void acceptChoosesCsvOrJsonAndJsonByDefault() {
        assertThat(Format.of(null, accepting("text/csv"))).isEqualTo(Format.CSV);
        assertThat(Format.of(null, accepting("text/csv; charset=UTF-8"))).isEqualTo(Format.CSV);
        assertThat(Format.of(null, accepting("*/*", "text/csv"))).isEqualTo(Format.CSV);
        assertThat(Format.of(null, accepting("application/json", "text/csv"))).isEqualTo(Format.JSON);
        assertThat(Format.of(null, accepting("application/json"))).isEqualTo(Format.JSON);
        assertThat(Format.of(null, accepting("*/*"))).isEqualTo(Format.JSON);
        assertThat(Format.of(null, accepting("text/html"))).isEqualTo(Format.JSON);
        assertThat(Format.of(null, accepting())).isEqualTo(Format.JSON);
    }

    @Test
    void aJsonPageCarriesItsItemsTheNextCursorAndItsHeaders() throws Exception {
        Page<Project> page = new Page<>(List.of(LAKE), Cursors.encode("fyp14-03"));
        Response response = representations.collection(page, Set.of(), Format.JSON, Lang.EN, TAG,
                uri("http://localhost:8082/api/v1/projects?sector=transport&limit=1"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        assertThat(response.getHeaderString("ETag")).isEqualTo(TAG);
        assertThat(response.getHeaderString("Content-Language")).isEqualTo("en");
        assertThat(response.getHeaderString("Vary")).isEqualTo("Accept, Accept-Language");
        assertThat(response.getHeaderString("Link")).isEqualTo(
                "</api/v1/projects?sector=transport&limit=1&cursor=" + page.nextCursor() + ">; rel=\"next\"");
        JsonNode body = json(response);
        assertThat(body.get("nextCursor").asText()).isEqualTo(page.nextCursor());
        assertThat(body.get("items")).hasSize(1);
        assertThat(body.at("/items/0/name").asText()).isEqualTo("印山湖");
        assertThat(body.at("/items/0/target/value").toString()).isEqualTo("50");
    }

    @Test
    void theNextLinkReplacesTheCursorTheCallerSent() {
        Page<Project> page = new Page<>(List.of(RAIL), Cursors.encode("fyp14-04"));
        Response response = representations.collection(page, Set.of(), Format.JSON, Lang.ZH, TAG,
                uri("http://localhost:8080/api/v1/projects?cursor=" + Cursors.encode("fyp14-03") + "&limit=1"));
        String link = response.getHeaderString("Link");
        assertThat(link).startsWith("</api/v1/projects?").endsWith(">; rel=\"next\"").contains("limit=1")
                .contains("cursor=" + page.nextCursor()).doesNotContain(Cursors.encode("fyp14-03"));
        assertThat(link.split("cursor=", -1)).hasSize(2);
    }

    @Test
    void theNextLinkKeepsAnEncodedSearchTermAsSent() {
        Page<Project> page = new Page<>(List.of(LAKE), Cursors.encode("fyp14-03"));
        Response response = representations.collection(page, Set.of(), Format.JSON, Lang.ZH, TAG,
                uri("http://localhost:8080/api/v1/projects?q=%E5%8D%B0%E5%B1%B1%20%E6%B9%96"));
        assertThat(response.getHeaderString("Link")).isEqualTo(
                "</api/v1/projects?q=%E5%8D%B0%E5%B1%B1%20%E6%B9%96&cursor=" + page.nextCursor() + ">; rel=\"next\"");
    }

    @Test
    void theLastPageHasNeitherLinkNorNextCursor() throws Exception {
        Response response = representations.collection(new Page<>(List.of(LAKE, RAIL), null), Set.of(), Format.JSON,
                Lang.ZH, TAG, uri("http://localhost:8082/api/v1/projects"));
        assertThat(response.getHeaderString("Link")).isNull();
        assertThat(response.getHeaderString("Content-Language")).isEqualTo("zh");
        JsonNode body = json(response);
        assertThat(body.has("nextCursor")).isFalse();
        assertThat(body.get("items")).hasSize(2);
    }

    @Test
    void aProjectedPageHasOnlyTheAskedFieldsAndKeepsItsCursor() throws Exception {
        Page<Project> page = new Page<>(List.of(LAKE, RAIL), Cursors.encode("fyp14-04"));
        Response response = representations.collection(page, Set.of("code", "target"), Format.JSON, Lang.ZH, TAG,
                uri("http://localhost:8082/api/v1/projects?fields=code,target"));
        JsonNode body = json(response);
        assertThat(body.get("nextCursor").asText()).isEqualTo(page.nextCursor());
        for (JsonNode item : body.get("items")) {
            assertThat(item.fieldNames()).toIterable().containsExactlyInAnyOrder("code", "target");
        }
        assertThat(body.at("/items/1/target/value").toString()).isEqualTo("150");
        assertThat(response.getHeaderString("Link")).contains("fields=code,target").contains("rel=\"next\"");
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkSoThatExcelReadsChinese() {
        Page<Project> page = new Page<>(List.of(LAKE, RAIL), Cursors.encode("fyp14-04"));
        Response response = representations.collection(page, Set.of(), Format.CSV, Lang.ZH, TAG,
                uri("http://localhost:8082/api/v1/projects?format=csv"));

        assertThat(response.getMediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaderString("ETag")).isEqualTo(TAG);
        assertThat(response.getHeaderString("Vary")).isEqualTo("Accept, Accept-Language");
        assertThat(response.getHeaderString("Link"))
                .isEqualTo("</api/v1/projects?format=csv&cursor=" + page.nextCursor() + ">; rel=\"next\"");
        byte[] bytes = (byte[]) response.getEntity();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("""
                code,name,nameEn,target.value,target.unit\r
                fyp14-03,印山湖,Yinshan Lake,50,亿元\r
                fyp14-04,"渝昆高铁, 重庆段",Yukun HSR,150,km\r
                """);
    }

    @Test
    void aProjectedCsvHasOnlyTheAskedColumns() {
        Response response = representations.collection(new Page<>(List.of(LAKE), null), Set.of("name", "code"),
                Format.CSV, Lang.ZH, TAG, uri("http://localhost:8082/api/v1/projects"));
        byte[] bytes = (byte[]) response.getEntity();
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("code,name\r\nfyp14-03,印山湖\r\n");
    }

    @Test
    void anItemIsWholeOrProjectedWithItsHeaders() throws Exception {
        Response whole = representations.item(LAKE, Set.of(), Lang.EN, TAG);
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getMediaType().toString()).isEqualTo("application/json");
        assertThat(whole.getHeaderString("ETag")).isEqualTo(TAG);
        assertThat(whole.getHeaderString("Content-Language")).isEqualTo("en");
        assertThat(whole.getHeaderString("Vary")).isEqualTo("Accept, Accept-Language");
        assertThat(json(whole)).isEqualTo(mapper.readTree(
                "{\"code\":\"fyp14-03\",\"name\":\"印山湖\",\"nameEn\":\"Yinshan Lake\","
                        + "\"target\":{\"value\":50,\"unit\":\"亿元\"}}"));

        JsonNode projected = json(representations.item(LAKE, Set.of("nameEn"), Lang.EN, TAG));
        assertThat(projected).isEqualTo(mapper.readTree("{\"nameEn\":\"Yinshan Lake\"}"));
    }

    @Test
    void aPlainJsonAnswerHasTheSameHeadersAndOnlyThoseItWasGiven() throws Exception {
        Response response = representations.json(List.of(LAKE.target()), Lang.ZH, TAG);
        assertThat(response.getHeaderString("ETag")).isEqualTo(TAG);
        assertThat(response.getHeaderString("Content-Language")).isEqualTo("zh");
        assertThat(response.getHeaderString("Vary")).isEqualTo("Accept, Accept-Language");
        assertThat(json(response).toString()).isEqualTo("[{\"value\":50,\"unit\":\"亿元\"}]");

        Response bare = representations.json(LAKE.target(), null, null);
        assertThat(bare.getHeaderString("ETag")).isNull();
        assertThat(bare.getHeaderString("Content-Language")).isNull();
        assertThat(bare.getHeaderString("Vary")).isEqualTo("Accept, Accept-Language");
    }
}
