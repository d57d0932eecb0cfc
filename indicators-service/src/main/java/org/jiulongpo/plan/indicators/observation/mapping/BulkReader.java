package org.jiulongpo.plan.indicators.observation.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiulongpo.plan.common.csv.Csv;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a bulk submission, JSON or CSV, row by row, so that every row's error is reported at once
 * instead of the first one a parser meets. A CSV upload has the columns of the observations' CSV
 * export; its read-only columns are ignored, so that an export can be edited and uploaded again.
 */
public final class BulkReader {

    public static final int MAX_ROWS = 1000;

    /** A row as read: its number (1 = the first item or record) and its content. */
    public record Row(int number, ObservationRow content) {
    }

    /** The rows that could be read, and the errors of those that could not. */
    public record Rows(List<Row> rows, List<Problem.FieldError> errors) {
    }

    private static final Set<String> CSV_COLUMNS = Set.of("indicatorCode", "unitZh", "year", "value", "basis",
            "comparable", "note", "revisionReason", "source.title", "source.publisher", "source.publishedOn",
            "source.url", "source.phrase");
    /** What the export writes that a submission does not set. */
    private static final Set<String> CSV_READ_ONLY = Set.of("revision", "revisionCount", "recordedBy", "recordedAt",
            "learnedAt");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    private BulkReader() {
    }

    /** {@code {"items": [...]}}, each item an ObservationRow. */
    public static Rows json(JsonNode body, ObjectMapper mapper) {
        if (body == null || !body.isObject() || !body.path("items").isArray()) {
            throw ProblemException.invalid("items", "is required: a JSON object {\"items\": [...]}");
        }
        for (var names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("items")) {
                throw ProblemException.invalid(name, "unknown field");
            }
        }
        JsonNode items = body.get("items");
        requireRowCount(items.size());
        List<Row> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read(items.get(i), i + 1, mapper, rows, errors);
        }
        return new Rows(rows, errors);
    }

    /** A CSV upload: a header row naming export columns, then one record per observation. */
    public static Rows csv(String text, ObjectMapper mapper) {
        List<List<String>> records;
        try {
            records = Csv.read(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", "is not CSV (RFC 4180): " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw ProblemException.invalid("body", "is empty: a header row and at least one record are required");
        }
        List<String> header = records.get(0);
        List<Problem.FieldError> headerErrors = new ArrayList<>();
        for (String column : header) {
            if (!CSV_COLUMNS.contains(column) && !CSV_READ_ONLY.contains(column)) {
                headerErrors.add(new Problem.FieldError(column, "unknown column; known columns: "
                        + String.join(", ", CSV_COLUMNS.stream().sorted().toList())));
            } else if (header.indexOf(column) != header.lastIndexOf(column)) {
                headerErrors.add(new Problem.FieldError(column, "appears twice in the header"));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw ProblemException.invalid(headerErrors.stream().distinct().toList());
        }
        requireRowCount(records.size() - 1);
        List<Row> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                errors.add(new Problem.FieldError("row", "has " + cells.size() + " cells; the header has " + header.size(), r));
                continue;
            }
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                String cell = cells.get(c);
                if (cell.isEmpty() || CSV_READ_ONLY.contains(column)) {
                    continue;
                }
                ObjectNode target = item;
                String field = column;
                if (column.startsWith("source.")) {
                    target = item.has("source") ? (ObjectNode) item.get("source") : item.putObject("source");
                    field = column.substring("source.".length());
                }
                target.set(field, typed(field, cell));
            }
            read(item, r, mapper, rows, errors);
        }
        return new Rows(rows, errors);
    }

    /** CSV cells are text; the numbers and booleans become JSON ones, anything else stays text and is refused as such. */
    private static JsonNode typed(String field, String cell) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (field) {
            case "year" -> {
                return INTEGER.matcher(cell).matches() ? f.numberNode(Integer.parseInt(cell)) : f.textNode(cell);
            }
            case "value" -> {
                try {
                    return f.numberNode(new BigDecimal(cell));
                } catch (NumberFormatException e) {
                    return f.textNode(cell);
                }
            }
            case "comparable" -> {
                return BOOLEANS.contains(cell) ? f.booleanNode(Boolean.parseBoolean(cell)) : f.textNode(cell);
            }
            default -> {
                return f.textNode(cell);
            }
        }
    }

    private static void read(JsonNode item, int number, ObjectMapper mapper, List<Row> rows,
            List<Problem.FieldError> errors) {
        if (!item.isObject()) {
            errors.add(new Problem.FieldError("row", "must be a JSON object", number));
            return;
        }
        try {
            rows.add(new Row(number, mapper.treeToValue(item, ObservationRow.class)));
        } catch (UnrecognizedPropertyException e) {
            errors.add(new Problem.FieldError(path(e), "unknown field", number));
        } catch (JsonMappingException e) {
            errors.add(new Problem.FieldError(path(e), "has the wrong type or form", number));
        } catch (JsonProcessingException e) {
            errors.add(new Problem.FieldError("row", "cannot be read", number));
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.isEmpty() ? "row" : sb.toString();
    }

    private static void requireRowCount(int rows) {
        if (rows < 1) {
            throw ProblemException.invalid("items", "must hold at least one row");
        }
        if (rows > MAX_ROWS) {
            throw ProblemException.invalid("items", "must hold at most " + MAX_ROWS + " rows; this body has " + rows
                    + ": split it");
        }
    }
}
