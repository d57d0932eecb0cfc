package org.jiulongpo.plan.projects.status.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiulongpo.plan.common.csv.Csv;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of a bulk submission, from a JSON body ({@code {"items": [...]}}) or a CSV upload, as
 * one JSON object per row in the shape of a single report plus {@code projectCode}: both kinds of
 * body are then checked by the same code. A CSV cell that cannot be a value of its column is a
 * row error here, collected with the others.
 */
public final class StatusBatchInput {

    /** The columns a CSV upload may carry: the writable columns of the status-update CSV export. */
    static final List<String> COLUMNS = List.of("projectCode", "status", "progressPercent", "note", "reportedAt",
            "evidenceUrl", "source.title", "source.publisher", "source.publishedOn", "source.url", "source.phrase",
            "basis", "revisionReason", "comparable");
    /** Columns of the export that the server sets: accepted, so that an edited export uploads, and ignored. */
    static final Set<String> SERVER_COLUMNS = Set.of("id", "previousStatus", "previousProgressPercent", "recordedBy",
            "recordedAt", "learnedAt", "projectVersion", "projectEtag");
    static final Set<String> REQUIRED_COLUMNS = Set.of("projectCode", "status", "reportedAt", "source.title",
            "source.publisher", "source.url", "source.phrase", "basis");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    /** Rows as parsed, and the errors of cells that could not become values (field names carry the row). */
    public record Rows(List<ObjectNode> rows, List<Problem.FieldError> errors) {
    }

    private StatusBatchInput() {
    }

    static Rows json(ObjectMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("request", "is not well-formed JSON");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (root == null || !root.isObject() || !root.path("items").isArray()) {
            throw ProblemException.invalid("items", "the body must be an object with an items array");
        }
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("items")) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown.get(0), "is not a field of a bulk submission");
        }
        List<ObjectNode> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root.get("items")) {
            n++;
            if (item.isObject()) {
                rows.add((ObjectNode) item);
            } else {
                rows.add(JsonNodeFactory.instance.objectNode());
                errors.add(new Problem.FieldError(StatusBatchRow.field(n, null), "must be an object"));
            }
        }
        return new Rows(rows, errors);
    }

    static Rows csv(byte[] body) {
        List<List<String>> records;
        try {
            records = Csv.read(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("request", e.getMessage());
        }
        if (records.isEmpty()) {
            throw ProblemException.invalid("request", "the CSV has no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!COLUMNS.contains(column) && !SERVER_COLUMNS.contains(column)) {
                throw ProblemException.invalid("request", "column " + (i + 1) + " (" + column
                        + ") is not a column of the status-update CSV; columns are " + String.join(",", COLUMNS));
            }
            if (index.putIfAbsent(column, i) != null) {
                throw ProblemException.invalid("request", "column " + column + " appears twice");
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !index.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("request", "the CSV lacks the columns " + String.join(", ", missing));
        }
        List<ObjectNode> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                errors.add(new Problem.FieldError(StatusBatchRow.field(r, null),
                        "has " + cells.size() + " cells; the header has " + header.size()));
                rows.add(JsonNodeFactory.instance.objectNode());
                continue;
            }
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            for (String column : COLUMNS) {
                Integer at = index.get(column);
                if (at == null || cells.get(at).isEmpty()) {
                    continue;
                }
                String cell = cells.get(at);
                ObjectNode target = row;
                String name = column;
                if (column.startsWith("source.")) {
                    target = row.has("source") ? (ObjectNode) row.get("source") : row.putObject("source");
                    name = column.substring("source.".length());
                }
                switch (column) {
                    case "progressPercent" -> {
                        if (INTEGER.matcher(cell).matches()) {
                            target.put(name, Integer.parseInt(cell));
                        } else {
                            errors.add(new Problem.FieldError(StatusBatchRow.field(r, column), "must be an integer"));
                        }
                    }
                    case "comparable" -> {
                        if (cell.equals("true") || cell.equals("false")) {
                            target.put(name, Boolean.parseBoolean(cell));
                        } else {
                            errors.add(new Problem.FieldError(StatusBatchRow.field(r, column), "must be true or false"));
                        }
                    }
                    // a source gives a day; as a report's time it is that day's start in China (UTC+08:00)
                    case "reportedAt" -> target.put(name, DATE.matcher(cell).matches() ? cell + "T00:00:00+08:00" : cell);
                    default -> target.put(name, cell);
                }
            }
            rows.add(row);
        }
        return new Rows(rows, errors);
    }
}
