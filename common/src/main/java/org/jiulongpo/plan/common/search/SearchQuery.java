package org.jiulongpo.plan.common.search;

import java.util.List;

import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.problem.ProblemException;

/**
 * A parsed {@code q}: the terms it requires ({@link Segmenter#query}), the {@code tsquery} that
 * finds them in the vectors {@link SearchVector} writes, and the snippet that shows them.
 */
public final class SearchQuery {

    public static final String MARK_OPEN = "<mark>";
    public static final String MARK_CLOSE = "</mark>";
    /** The longest {@code q} a list filter or a search takes, in characters. */
    public static final int MAX_LENGTH = 100;
    /** How much of a field a snippet shows, in characters, before the ellipses. */
    public static final int SNIPPET_WIDTH = 80;

    private final String text;
    private final List<Segmenter.Token> terms;

    private SearchQuery(String text, List<Segmenter.Token> terms) {
        this.text = text;
        this.terms = terms;
    }

    /**
     * Parses a validated {@code q}; 400 naming {@code field} when nothing in it can be searched
     * (only punctuation or spaces), because such a query would match everything or nothing.
     */
    public static SearchQuery parse(String q, String field) {
        List<Segmenter.Token> terms = Segmenter.query(q);
        if (terms.isEmpty()) {
            throw ProblemException.invalid(field, "must contain a letter, a digit or a CJK character");
        }
        return new SearchQuery(q, terms);
    }

    /** The query parameter {@code field} as a list filter reads it: null when absent or blank. */
    public static SearchQuery optional(String q, String field) {
        String text = Params.text(q, field, MAX_LENGTH);
        return text == null ? null : parse(text, field);
    }

    /** The query parameter {@code field} of a search endpoint: 400 when absent or blank. */
    public static SearchQuery required(String q, String field) {
        SearchQuery query = optional(q, field);
        if (query == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return query;
    }

    public String text() {
        return text;
    }

    public List<String> terms() {
        return terms.stream().map(Segmenter.Token::text).toList();
    }

    /** The {@code tsquery} literal, to be cast with {@code cast(? as tsquery)}: every term required, words as prefixes. */
    public String tsquery() {
        StringBuilder out = new StringBuilder();
        for (Segmenter.Token t : terms) {
            if (out.length() > 0) {
                out.append(" & ");
            }
            out.append(SearchVector.quote(t.text()));
            if (t.kind() == Segmenter.Kind.WORD) {
                out.append(":*");
            }
        }
        return out.toString();
    }

    /**
     * The first of {@code fields} in which a term occurs, cut to about {@link #SNIPPET_WIDTH}
     * characters around the first occurrence, HTML-escaped, each occurrence inside
     * {@code <mark>…</mark>}; an ellipsis shows where text was cut. Null when no field holds a term.
     */
    public String snippet(String... fields) {
        for (String field : fields) {
            String s = snippetOf(field);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private String snippetOf(String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        boolean[] marked = new boolean[field.length()];
        String folded = Segmenter.fold(field);
        int first = -1;
        for (Segmenter.Token t : terms) {
            for (int at = folded.indexOf(t.text()); at >= 0; at = folded.indexOf(t.text(), at + 1)) {
                for (int k = at; k < at + t.text().length(); k++) {
                    marked[k] = true;
                }
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        if (first < 0) {
            return null;
        }
        int start = Math.max(0, Math.min(first - SNIPPET_WIDTH / 4, field.length() - SNIPPET_WIDTH));
        int end = Math.min(field.length(), start + SNIPPET_WIDTH);
        start = avoidSplit(field, start);
        end = avoidSplit(field, end);
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        boolean open = false;
        for (int k = start; k < end; k++) {
            if (marked[k] != open) {
                out.append(open ? MARK_CLOSE : MARK_OPEN);
                open = marked[k];
            }
            escape(field.charAt(k), out);
        }
        if (open) {
            out.append(MARK_CLOSE);
        }
        if (end < field.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int avoidSplit(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    /** The terms, for logs and ETags. */
    @Override
    public String toString() {
        return String.join(" ", terms());
    }
}
