package org.jiulongpo.plan.common.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's {@code tsvector}, written as PostgreSQL's literal ({@code '轨道':1A '道交':2A ...})
 * so that each term keeps its position and weight: {@code setweight(array_to_tsvector(...))}
 * would not do, because PostgreSQL keeps weights on positions and {@code array_to_tsvector}
 * makes lexemes without any. Positions follow the text, so {@code ts_rank_cd} can reward terms
 * found close together; fields are kept apart by a gap.
 */
public final class SearchVector {

    /** PostgreSQL's limits: positions above 16383 and more than 256 positions per lexeme are not kept. */
    static final int MAX_POSITION = 16_383;
    static final int MAX_POSITIONS_PER_LEXEME = 256;
    private static final int FIELD_GAP = 10;

    private final Map<String, TreeMap<Integer, Character>> lexemes = new LinkedHashMap<>();
    private int base = 1;

    /**
     * Adds a field: {@code 'A'} for names, {@code 'B'} for other text. A word's suffixes weigh two
     * steps less (C, D), so a whole word outranks a word that merely contains it.
     */
    public SearchVector add(char weight, String text) {
        if (weight != 'A' && weight != 'B') {
            throw new IllegalArgumentException("weight must be A or B: " + weight);
        }
        if (text == null || text.isBlank()) {
            return this;
        }
        int last = 0;
        for (Segmenter.Token t : Segmenter.index(text)) {
            int position = Math.min(base + t.offset(), MAX_POSITION);
            char w = t.kind() == Segmenter.Kind.SUFFIX ? (weight == 'A' ? 'C' : 'D') : weight;
            TreeMap<Integer, Character> positions = lexemes.computeIfAbsent(t.text(), k -> new TreeMap<>());
            if (positions.size() < MAX_POSITIONS_PER_LEXEME) {
                positions.merge(position, w, (a, b) -> a < b ? a : b);
            }
            last = Math.max(last, t.offset());
        }
        base = Math.min(base + last + FIELD_GAP, MAX_POSITION);
        return this;
    }

    /** The literal, to be cast with {@code cast(? as tsvector)}; empty when nothing was indexed. */
    public String literal() {
        StringBuilder out = new StringBuilder();
        lexemes.forEach((lexeme, positions) -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quote(lexeme)).append(':');
            boolean first = true;
            for (Map.Entry<Integer, Character> p : positions.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                out.append(p.getKey()).append(p.getValue() == 'D' ? "" : String.valueOf(p.getValue()));
                first = false;
            }
        });
        return out.toString();
    }

    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
