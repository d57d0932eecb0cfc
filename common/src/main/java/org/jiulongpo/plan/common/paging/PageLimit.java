package org.jiulongpo.plan.common.paging;

import org.jiulongpo.plan.common.problem.ProblemException;

/** The {@code limit} query parameter: default 50, larger than 500 is capped, zero or negative is refused. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private PageLimit() {
    }

    public static int resolve(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested <= 0) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX);
        }
        return Math.min(requested, MAX);
    }
}
