package org.jiulongpo.plan.common.paging;

import java.math.BigInteger;

import org.jiulongpo.plan.common.problem.ProblemException;

/**
 * Integer query parameters: a page's {@code limit} (default 50, larger than 500 is capped, zero or
 * negative is refused) and the bounded counts of searches and stats (outside their range: 400).
 */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private PageLimit() {
    }

    public static int resolve(String requested) {
        return resolve(requested, "limit", DEFAULT, 1, MAX);
    }

    /**
     * Parses an integer query parameter: absent gives the default, larger than {@code max} is
     * capped, below {@code min} or not an integer answers 400 naming the parameter (JAX-RS would
     * answer 404 to an unparseable number).
     */
    public static int resolve(String requested, String name, int fallback, int min, int max) {
        BigInteger value = parse(requested, name, min, max);
        if (value == null) {
            return fallback;
        }
        return value.compareTo(BigInteger.valueOf(max)) > 0 ? max : value.intValue();
    }

    /**
     * Like {@link #resolve(String, String, int, int, int)}, but larger than {@code max} is refused
     * too: for counts whose maximum the contract declares as the most that may be asked (a search's
     * {@code limit}, the stats' {@code latest}).
     */
    public static int bounded(String requested, String name, int fallback, int min, int max) {
        BigInteger value = parse(requested, name, min, max);
        if (value == null) {
            return fallback;
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ProblemException.invalid(name, "must be between " + min + " and " + max);
        }
        return value.intValue();
    }

    private static BigInteger parse(String requested, String name, int min, int max) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String digits = requested.strip();
        if (!digits.matches("-?[0-9]{1,30}")) {
            throw ProblemException.invalid(name, "must be an integer between " + min + " and " + max);
        }
        BigInteger value = new BigInteger(digits);
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw ProblemException.invalid(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
