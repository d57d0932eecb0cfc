package org.jiulongpo.plan.document.element;

import java.util.regex.Pattern;

/**
 * The shape of element ids: {@code front}, {@code part-4}, {@code chp-16}, {@code chp-16/sec-1},
 * {@code chp-16/sec-1/p-2}, {@code box-4}, {@code box-4/item-1}, {@code box-1/header},
 * {@code box-1/group-1}, {@code box-1/p-1}. A path that does not have it names no element: it is
 * answered 404 at once, and never reaches a lookup.
 */
public final class ElementIds {

    private static final Pattern ID = Pattern.compile(
            "front(/p-[1-9][0-9]{0,3})?"
                    + "|part-[1-9][0-9]{0,2}(/p-[1-9][0-9]{0,3})?"
                    + "|chp-[1-9][0-9]{0,2}(/sec-[1-9][0-9]{0,2})?(/p-[1-9][0-9]{0,3})?"
                    + "|box-[1-9][0-9]{0,2}(/(item-[1-9][0-9]{0,3}|header|group-[1-9][0-9]{0,2}|p-[1-9][0-9]{0,2}))?");

    private ElementIds() {
    }

    public static boolean wellFormed(String id) {
        return id != null && id.length() <= 40 && ID.matcher(id).matches();
    }
}
