package org.jiulongpo.plan.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.jiulongpo.plan.common.problem.ProblemException;

/**
 * Opaque paging cursors. A cursor carries the sort key of the last item of a page (keyset
 * paging, so a page never shifts when rows are added before it); callers treat it as opaque.
 */
public final class Cursors {

    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\u001f';

    private Cursors() {
    }

    public static String encode(String... parts) {
        StringBuilder sb = new StringBuilder(VERSION);
        for (String part : parts) {
            sb.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor of {@code expectedParts} parts or answers 400 naming {@code field}.
     */
    public static List<String> decode(String cursor, int expectedParts, String field) {
        try {
            if (cursor.length() > 512) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedParts + 1 || !VERSION.equals(parts.get(0))
                    || parts.stream().anyMatch(p -> p.chars().anyMatch(c -> c < 0x20 && c != SEPARATOR))) {
                throw new IllegalArgumentException("wrong shape");
            }
            return parts.subList(1, parts.size());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not a cursor issued by this API");
        }
    }

    /** Decodes a cursor and reads one part as a number, answering 400 when it is not one. */
    public static long longPart(List<String> parts, int index, String field) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "is not a cursor issued by this API");
        }
    }
}
