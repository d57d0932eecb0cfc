package org.jiulongpo.plan.common.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * UTF-8 CSV (RFC 4180) with a byte order mark, so that Excel opens Chinese text correctly.
 * Nested objects are flattened into dotted columns ({@code target.value}); arrays are
 * written as JSON text in one cell. {@link #read} reads what {@link #write} writes (and what a
 * spreadsheet saves), so that an export can be edited and uploaded again.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    public static byte[] write(List<JsonNode> rows) {
        List<Map<String, String>> flat = rows.stream().map(Csv::flatten).toList();
        Set<String> columns = new LinkedHashSet<>();
        flat.forEach(row -> columns.addAll(row.keySet()));
        StringBuilder sb = new StringBuilder();
        appendRow(sb, columns, columns.stream().collect(LinkedHashMap::new, (m, c) -> m.put(c, c), Map::putAll));
        for (Map<String, String> row : flat) {
            appendRow(sb, columns, row);
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /**
     * The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks;
     * CRLF or LF ends a record), a leading byte order mark skipped, blank lines left out. A cell
     * that {@link #write} guarded against formula execution is read back without its quote.
     *
     * @throws IllegalArgumentException if a quoted cell is never closed, text follows a closing quote, or a
     *         quote stands inside an unquoted cell
     */
    public static List<List<String>> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean cellStarted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < s.length() && ",\r\n".indexOf(s.charAt(i)) < 0) {
                        throw new IllegalArgumentException("record " + (records.size() + 1)
                                + ": text after the closing quote of a cell");
                    }
                    continue;
                }
                cell.append(c);
                i++;
                continue;
            }
            if (c == '"') {
                if (cellStarted) {
                    throw new IllegalArgumentException("record " + (records.size() + 1)
                            + ": a quote inside an unquoted cell");
                }
                quoted = true;
                cellStarted = true;
                i++;
            } else if (c == ',') {
                record.add(unguard(cell.toString()));
                cell.setLength(0);
                cellStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(unguard(cell.toString()));
                cell.setLength(0);
                cellStarted = false;
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(c);
                cellStarted = true;
                i++;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("record " + (records.size() + 1) + ": a quoted cell is never closed");
        }
        if (cellStarted || !record.isEmpty()) {
            record.add(unguard(cell.toString()));
            records.add(record);
        }
        return records;
    }

    private static String unguard(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            out.put(prefix, node.toString());
        } else if (node.isNull() || node.isMissingNode()) {
            out.put(prefix, "");
        } else if (node.isBigDecimal()) {
            out.put(prefix, node.decimalValue().toPlainString());
        } else if (node.isTextual()) {
            out.put(prefix, guardFormula(node.asText()));
        } else {
            out.put(prefix, node.asText());
        }
    }

    /** A text cell starting with = + - @ would run as a formula in a spreadsheet. */
    static String guardFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void appendRow(StringBuilder sb, Set<String> columns, Map<String, String> row) {
        boolean first = true;
        for (String column : columns) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(quote(row.getOrDefault(column, "")));
        }
        sb.append("\r\n");
    }

    static String quote(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
