package org.jiulongpo.plan.notifications.delivery.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native queries' rows, whose Java types depend on the driver and Hibernate's settings. */
final class Sql {

    private Sql() {
    }

    static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
