package org.jiulongpo.plan.document.seed;

/**
 * Chinese numerals as the plan prints them in its headings (第十六章, 第六十章): the values 1 to 999,
 * with 十 standing alone for 10 to 19 (十六) and 零 or 〇 after 百 for a missing ten (一百零五).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code text}, or an exception naming it when it is not such a numeral. */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text);
        }
        int value = 0;
        String rest = text;
        int hundred = rest.indexOf('百');
        if (hundred >= 0) {
            value = digit(rest.substring(0, hundred), text) * 100;
            rest = rest.substring(hundred + 1);
            if (rest.startsWith("零") || rest.startsWith("〇")) {
                rest = rest.substring(1);
                if (rest.length() != 1) {
                    throw invalid(text);
                }
            }
        }
        if (!rest.isEmpty()) {
            value += belowHundred(rest, hundred < 0, text);
        }
        return value;
    }

    private static int belowHundred(String part, boolean bareTenAllowed, String text) {
        int ten = part.indexOf('十');
        if (ten < 0) {
            return digit(part, text);
        }
        int tens = ten == 0 && bareTenAllowed ? 1 : digit(part.substring(0, ten), text);
        String units = part.substring(ten + 1);
        return tens * 10 + (units.isEmpty() ? 0 : digit(units, text));
    }

    private static int digit(String part, String text) {
        int index = part.length() == 1 ? DIGITS.indexOf(part.charAt(0)) : -1;
        if (index < 0) {
            throw invalid(text);
        }
        return index + 1;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not a Chinese numeral of the plan's headings: '" + text + "'");
    }
}
