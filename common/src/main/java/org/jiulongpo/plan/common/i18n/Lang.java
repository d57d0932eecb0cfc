package org.jiulongpo.plan.common.i18n;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The languages of the API. {@code Accept-Language} chooses which one {@code name} carries;
 * {@code nameZh} and {@code nameEn} are always present. Chinese is the default.
 */
public enum Lang {
    ZH("zh"), EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public String pick(String zh, String en) {
        return this == EN && en != null ? en : zh;
    }

    /**
     * The preferred supported language of an Accept-Language header (RFC 9110 §12.5.4), or
     * Chinese when the header is absent, names neither, or cannot be read. Parsing is lenient:
     * a range or weight that cannot be read is skipped, never an error, because a client's
     * broken header should cost it its preference, not the answer.
     */
    public static Lang resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        Lang best = null;
        int bestWeight = 0;
        for (String element : acceptLanguage.split(",")) {
            int semicolon = element.indexOf(';');
            Lang lang = of(semicolon < 0 ? element : element.substring(0, semicolon));
            int weight = semicolon < 0 ? 1000 : weight(element.substring(semicolon + 1));
            if (lang != null && weight > bestWeight) {
                best = lang;
                bestWeight = weight;
            }
        }
        return best == null ? ZH : best;
    }

    private static final Pattern RANGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    /** {@code q=} with a qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern WEIGHT = Pattern.compile("[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)");

    private static Lang of(String range) {
        String r = range.trim();
        if (!RANGE.matcher(r).matches()) {
            return null;
        }
        String primary = r.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return primary.equals("en") ? EN : primary.equals("zh") ? ZH : null;
    }

    /** The weight in thousandths; an unreadable parameter list weighs 0, so the range is ignored. */
    private static int weight(String parameters) {
        String p = parameters.trim();
        if (!WEIGHT.matcher(p).matches()) {
            return 0;
        }
        String value = p.substring(2);
        int dot = value.indexOf('.');
        int whole = value.charAt(0) - '0';
        String fraction = dot < 0 ? "" : (value.substring(dot + 1) + "000").substring(0, 3);
        return whole * 1000 + (fraction.isEmpty() ? 0 : Integer.parseInt(fraction));
    }
}
