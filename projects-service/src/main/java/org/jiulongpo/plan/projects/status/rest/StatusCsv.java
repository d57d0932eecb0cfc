package org.jiulongpo.plan.projects.status.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jiulongpo.plan.common.problem.ProblemException;

/**
 * Reads RFC 4180 CSV (UTF-8, an optional byte order mark, CRLF or LF line ends, quoted fields
 * with doubled quotes and line breaks inside) into records of cells. Blank lines are skipped,
 * so that a file ending in a line break has no empty last record.
 */
final class StatusCsv {

    private StatusCsv() {
    }

    static List<List<String>> read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cellStarted) {
                    throw ProblemException.invalid("request", "line " + line + ": a quote inside an unquoted field");
                }
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, cell, cellStarted);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw ProblemException.invalid("request", "line " + recordLine + ": a quoted field is never closed");
        }
        end(records, record, cell, cellStarted);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder cell, boolean cellStarted) {
        if (record.isEmpty() && !cellStarted && cell.isEmpty()) {
            return;
        }
        record.add(cell.toString());
        records.add(record);
    }
}
