package org.jiulongpo.plan.suite.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Search recall measured against the data itself: for each term, the rows whose name contains it
 * (a plain SQL {@code like}, case-insensitive) must all be found. The expected set is read from
 * the database at test time, so it stays true as migrations add rows.
 */
public final class SearchRecall {

    /** The terms of issue 15, item 5, in both languages. */
    public static final List<String> TERMS = List.of("轨道", "学校", "变电站", "水库", "医院", "公园", "隧道", "rail", "school",
            "substation", "reservoir", "hospital", "park", "tunnel");

    private SearchRecall() {
    }

    /**
     * The keys of the rows of {@code table} whose {@code nameColumns} contain {@code term}, in any case,
     * limited by {@code where} (e.g. {@code "deleted_at is null"}, or {@code "true"}).
     */
    public static Set<String> expected(DataSource db, String table, String key, List<String> nameColumns, String where,
            String term) throws SQLException {
        StringBuilder sql = new StringBuilder("select " + key + " from " + table + " where (" + where + ") and (false");
        for (String column : nameColumns) {
            sql.append(" or lower(").append(column).append(") like ?");
        }
        sql.append(')');
        Set<String> keys = new TreeSet<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            String pattern = "%" + term.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 1; i <= nameColumns.size(); i++) {
                ps.setString(i, pattern);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    /**
     * For every term, the keys {@code found} answers include every expected key. Fails too when no
     * term has any expected key at all: a test that compares empty sets could not fail.
     */
    public static void assertFound(DataSource db, String table, String key, List<String> nameColumns, String where,
            Function<String, Set<String>> found) throws SQLException {
        int expectedTotal = 0;
        for (String term : TERMS) {
            Set<String> expected = expected(db, table, key, nameColumns, where, term);
            expectedTotal += expected.size();
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(found.apply(term));
            if (!missing.isEmpty()) {
                throw new AssertionError("searching '" + term + "' misses " + missing + " of " + expected);
            }
        }
        if (expectedTotal == 0) {
            throw new AssertionError("no name contains any of " + TERMS);
        }
    }
}
