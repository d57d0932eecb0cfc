package org.jiulongpo.plan.common.i18n;

import java.util.Locale;

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
     * The preferred supported language of an Accept-Language header (RFC 9110 quality values),
     * or Chinese when the header is absent, malformed or names neither.
     */
    public static Lang resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        Lang best = null;
        double bestQ = 0;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";");
            String language = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Lang lang = language.equals("en") || language.startsWith("en-") ? EN
                    : language.equals("zh") || language.startsWith("zh-") ? ZH : null;
            if (lang != null && q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best == null ? ZH : best;
    }
}
