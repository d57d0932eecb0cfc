package org.jiulongpo.plan.common.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiulongpo.plan.common.problem.ProblemException;

/** Query parameters that JAX-RS would turn into a 404 when malformed; here they answer 400 naming the field. */
public final class Params {

    /** Beijing time: a bare date is read as a day in China (the start of it for {@link #since}, the end for {@link #asOf}). */
    public static final ZoneOffset PLAN_ZONE = ZoneOffset.ofHours(8);

    /** The shape of a plan-service element id: {@code chp-16}, {@code chp-16/sec-2/p-3}, {@code box-4/item-1}. */
    private static final Pattern ELEMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*){0,5}");
    private static final int ELEMENT_ID_MAX_LENGTH = 80;

    private Params() {
    }

    /** An ISO-8601 date-time with offset, or a date (the start of that day, Beijing time). */
    public static OffsetDateTime since(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().atOffset(PLAN_ZONE);
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 date (2024-01-31) or date-time with offset"
                    + " (2024-01-31T08:00:00+08:00)");
        }
    }

    /** Like {@link #since}, but a bare date means the end of that day: "as published on that date". */
    public static OffsetDateTime asOf(String value, String field) {
        OffsetDateTime start = since(value, field);
        if (start != null && value.length() == 10) {
            return start.plusDays(1).minusNanos(1000);
        }
        return start;
    }

    /** A free-text search term: at most {@code max} characters, trimmed, null when blank. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0xFFFD)) {
            throw ProblemException.invalid(field, "must not contain control characters or invalid UTF-8");
        }
        return trimmed;
    }

    /**
     * Comma-separated plan element ids, each matched exactly (a filter on what cites them); null when
     * blank, 400 naming {@code field} on an id of another shape or more than {@code max} ids.
     */
    public static Set<String> elementIds(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : value.split(",", -1)) {
            String trimmed = id.strip();
            if (trimmed.length() > ELEMENT_ID_MAX_LENGTH || !ELEMENT_ID.matcher(trimmed).matches()) {
                throw ProblemException.invalid(field,
                        "must be comma-separated plan element ids such as box-4/item-1 or chp-16/sec-2/p-3");
            }
            ids.add(trimmed);
        }
        if (ids.size() > max) {
            throw ProblemException.invalid(field, "must name at most " + max + " element ids");
        }
        return Collections.unmodifiableSet(ids);
    }
}
