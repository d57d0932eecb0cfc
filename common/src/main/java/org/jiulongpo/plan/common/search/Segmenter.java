package org.jiulongpo.plan.common.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into search terms without a dictionary, because PostgreSQL's parsers know no Chinese
 * and no extension (zhparser, pg_bigm) can be loaded on every database we run on. A run of CJK
 * characters gives each character and each overlapping pair of characters; a run of letters and
 * digits gives one lower-cased word and its proper suffixes (so that {@code rail} finds
 * {@code Monorail}, as a substring search would). Characters are folded one by one (NFKC, then
 * lower case) only when that keeps them one character, so an offset in the folded text is the
 * same offset in the original: snippets mark the original text.
 */
public final class Segmenter {

    /**
     * Stored with every indexed row; a row indexed by an older version is indexed again at start.
     * Raise it whenever what this class emits changes.
     */
    public static final int VERSION = 1;

    public enum Kind {
        /** One CJK character. */
        UNIGRAM,
        /** Two adjacent CJK characters. */
        BIGRAM,
        /** A whole run of letters and digits. */
        WORD,
        /** A proper suffix of a word: weighs less than the word itself. */
        SUFFIX
    }

    /** A term and where it starts in the text, counted in characters. */
    public record Token(String text, int offset, Kind kind) {
    }

    private Segmenter() {
    }

    /** The text with each character folded as described above; same length as {@code text}. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            out.append(folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Every term a document is indexed under, in text order. */
    public static List<Token> index(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String s = fold(text);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = runEnd(s, i);
            if (isCjk(cp)) {
                for (int k = i; k < end; k += Character.charCount(s.codePointAt(k))) {
                    int next = k + Character.charCount(s.codePointAt(k));
                    tokens.add(new Token(s.substring(k, next), k, Kind.UNIGRAM));
                    if (next < end) {
                        tokens.add(new Token(s.substring(k, next + Character.charCount(s.codePointAt(next))), k,
                                Kind.BIGRAM));
                    }
                }
            } else if (isWordChar(cp)) {
                tokens.add(new Token(s.substring(i, end), i, Kind.WORD));
                for (int k = i + Character.charCount(cp); k < end; k += Character.charCount(s.codePointAt(k))) {
                    tokens.add(new Token(s.substring(k, end), k, Kind.SUFFIX));
                }
            }
            i = end;
        }
        return tokens;
    }

    /**
     * The terms a query requires, all of them: a CJK run of two or more characters its pairs, a
     * single CJK character itself, a word itself (matched as a prefix of the indexed words and
     * suffixes, which makes it a substring match). Duplicates are dropped.
     */
    public static List<Token> query(String q) {
        List<Token> terms = new ArrayList<>();
        if (q == null) {
            return terms;
        }
        String s = fold(q);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = runEnd(s, i);
            if (isCjk(cp)) {
                if (end - i == Character.charCount(cp)) {
                    add(terms, new Token(s.substring(i, end), i, Kind.UNIGRAM));
                } else {
                    for (int k = i; k < end; k += Character.charCount(s.codePointAt(k))) {
                        int next = k + Character.charCount(s.codePointAt(k));
                        if (next < end) {
                            add(terms, new Token(s.substring(k, next + Character.charCount(s.codePointAt(next))), k,
                                    Kind.BIGRAM));
                        }
                    }
                }
            } else if (isWordChar(cp)) {
                add(terms, new Token(s.substring(i, end), i, Kind.WORD));
            }
            i = end;
        }
        return terms;
    }

    private static void add(List<Token> terms, Token t) {
        if (terms.stream().noneMatch(x -> x.text().equals(t.text()))) {
            terms.add(t);
        }
    }

    /** The end of the run that starts at {@code start}: CJK, word characters, or anything else. */
    private static int runEnd(String s, int start) {
        int cls = classOf(s.codePointAt(start));
        int i = start;
        while (i < s.length() && classOf(s.codePointAt(i)) == cls) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static int classOf(int cp) {
        return isCjk(cp) ? 1 : isWordChar(cp) ? 2 : 0;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isCjk(cp);
    }
}
