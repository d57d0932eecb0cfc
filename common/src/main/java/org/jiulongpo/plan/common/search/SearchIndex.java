package org.jiulongpo.plan.common.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a table's {@code search_vector} and {@code search_version} columns (each service's
 * migration V10 adds them with a GIN index) in step with its text. Rows come from SQL migrations
 * that cannot segment, so each instance indexes at start every row whose version is older than
 * {@link Segmenter#VERSION}, in batches locked in key order: a second instance starting at the
 * same time waits for each batch and then skips the rows it finds done. Writers that change
 * indexed text call {@link #refresh} in their own transaction.
 *
 * @param table   the table
 * @param key     its primary key column
 * @param names   the columns indexed with weight A
 * @param text    the columns indexed with weight B
 */
public record SearchIndex(String table, String key, List<String> names, List<String> text) {

    private static final int BATCH = 200;

    /** Indexes every row left by an older segmenter or by a migration; answers how many were done. */
    public int refreshStale(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int done = 0;
        try {
            while (true) {
                int batch = update(c, select() + " where search_version < ? order by " + key + " limit " + BATCH
                        + " for update", Segmenter.VERSION);
                c.commit();
                if (batch == 0) {
                    return done;
                }
                done += batch;
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Indexes one row as it stands in {@code c}'s transaction (flush pending writes first). */
    public void refresh(Connection c, Object keyValue) throws SQLException {
        update(c, select() + " where " + key + " = ?", keyValue);
    }

    private String select() {
        List<String> columns = new ArrayList<>();
        columns.add(key);
        columns.addAll(names);
        columns.addAll(text);
        return "select " + String.join(", ", columns) + " from " + table;
    }

    private int update(Connection c, String select, Object parameter) throws SQLException {
        List<Object> keys = new ArrayList<>();
        List<String> vectors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SearchVector v = new SearchVector();
                    int column = 2;
                    for (int i = 0; i < names.size(); i++) {
                        v.add('A', rs.getString(column++));
                    }
                    for (int i = 0; i < text.size(); i++) {
                        v.add('B', rs.getString(column++));
                    }
                    keys.add(rs.getObject(1));
                    vectors.add(v.literal());
                }
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("update " + table
                + " set search_vector = cast(? as tsvector), search_version = ? where " + key + " = ?")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(1, vectors.get(i));
                ps.setInt(2, Segmenter.VERSION);
                ps.setObject(3, keys.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return keys.size();
    }
}
