package org.jiulongpo.plan.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that cannot be reached from a request that failed. Hibernate, Agroal and
 * the transaction manager wrap the driver's exception in a few layers, so the cause chain is
 * walked to its end. An outage is temporary and not the caller's fault: it answers 503 with
 * Retry-After, not 500. Only JDBC exceptions count: a refused connection reaches us as the
 * driver's SQLState 08001, and a refused HTTP call elsewhere is no database outage.
 */
public final class DatabaseOutage {

    /** Agroal's message when no connection became free within the acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || acquisitionTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 is "connection exception"; 57P01..57P03 are PostgreSQL's admin shutdown,
     * crash shutdown and "cannot connect now" (the server is starting or stopping).
     */
    static boolean connectionState(String state) {
        return state != null && state.length() == 5 && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    private static boolean acquisitionTimeout(SQLException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT);
    }
}
