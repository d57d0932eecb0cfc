package org.jiulongpo.plan.common.codes;

import java.util.regex.Pattern;

/**
 * The shape of every resource code of the API (fyp14-03, transport-rail-yukun-hsr). A path that
 * does not have it names no resource: it is answered 404 without asking the database, which
 * would refuse some characters (NUL) with an error instead of an empty result.
 */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Codes() {
    }

    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
