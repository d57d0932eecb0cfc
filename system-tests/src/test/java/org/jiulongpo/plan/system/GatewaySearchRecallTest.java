package org.jiulongpo.plan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Search recall through the gateway, against the data of the running suite: for each term, every
 * indicator, project and plan element whose name (or title) contains it, by a plain SQL
 * {@code like} in its service's database, is in the gateway's answer for that type.
 */
class GatewaySearchRecallTest {

    static final List<String> TERMS = List.of("轨道", "学校", "变电站", "水库", "医院", "公园", "隧道", "rail", "school",
            "substation", "reservoir", "hospital", "park", "tunnel");

    record Source(String type, String database, String table, String key, String names, String where) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("indicator", "indicators", "indicator", "code", "name_zh, name_en", "true"),
            new Source("project", "projects", "project", "code", "name_zh, name_en", "deleted_at is null"),
            new Source("element", "plan", "plan_element", "id", "title_zh, title_en", "true"));

    static RunningSuite suite;

    @BeforeAll
    static void start() {
        suite = RunningSuite.get();
    }

    @Test
    void theGatewayFindsEveryItemWhoseNameHoldsTheTerm() throws Exception {
        List<String> missing = new ArrayList<>();
        int expectedTotal = 0;
        for (Source source : SOURCES) {
            try (Connection c = suite.suite.postgres().admin(source.database())) {
                for (String term : TERMS) {
                    Set<String> expected = expected(c, source, term);
                    expectedTotal += expected.size();
                    Http.Answer answer = suite.gateway.get("/api/v1/search?limit=500&type=" + source.type() + "&q="
                            + URLEncoder.encode(term, StandardCharsets.UTF_8));
                    assertThat(answer.status()).as(term).isEqualTo(200);
                    JsonNode body = answer.json();
                    assertThat(body.at("/sources/" + (source.type().equals("element") ? "plan" : source.type() + "s")
                            + "/status").asText()).as(term).isEqualTo("ok");
                    Set<String> found = new TreeSet<>();
                    body.get("items").forEach(i -> found.add(i.get("code").asText()));
                    for (String key : expected) {
                        if (!found.contains(key)) {
                            missing.add(source.type() + " " + key + " for '" + term + "'");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(expectedTotal).isPositive();
    }

    private static Set<String> expected(Connection c, Source source, String term) throws Exception {
        StringBuilder sql = new StringBuilder("select " + source.key() + " from " + source.table() + " where ("
                + source.where() + ") and (false");
        String[] names = source.names().split(", ");
        for (String column : names) {
            sql.append(" or lower(").append(column).append(") like ?");
        }
        sql.append(')');
        Set<String> keys = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 1; i <= names.length; i++) {
                ps.setString(i, "%" + term.toLowerCase(Locale.ROOT) + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
}
