package org.jiulongpo.plan.projects.status.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.Outcome;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.config.ProjectsConfig;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.rest.NewStatusUpdate;
import org.jiulongpo.plan.projects.status.rest.StatusBatchInput.Rows;
import org.jiulongpo.plan.projects.status.rest.StatusBatchResult;
import org.jiulongpo.plan.projects.status.rest.StatusBatchRow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Many status reports in one transaction, all or nothing. Every row is checked (its fields, its
 * dates, its project, the transition rules against the project's state as the rows before it in
 * the body leave it) and every row's errors are reported together; nothing is written unless all
 * rows pass. A row equal to a report already recorded is unchanged and not recorded again, so a
 * file can be submitted twice. The projects are locked in code order, so two submissions touching
 * the same projects queue instead of deadlocking.
 */
@ApplicationScoped
public class StatusBatchService {

    static final String OPERATION = "POST /api/v1/projects/status-updates/bulk";

    private final EntityManager em;
    private final ProjectService projects;
    private final StatusUpdateService updates;
    private final Representations representations;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ProjectsConfig config;

    public StatusBatchService(EntityManager em, ProjectService projects, StatusUpdateService updates,
            Representations representations, ObjectMapper mapper, Validator validator, ProjectsConfig config) {
        this.em = em;
        this.projects = projects;
        this.updates = updates;
        this.representations = representations;
        this.mapper = mapper;
        this.validator = validator;
        this.config = config;
    }

    private record Row(int number, String projectCode, NewStatusUpdate report, ProjectStatus to) {
    }

    /** A dry run writes nothing, the idempotency record included: it answers what would change. */
    @Transactional
    public Outcome submit(Rows input, boolean dryRun, String principal, boolean admin, String idempotencyKey,
            String requestHash) {
        if (dryRun) {
            return new Outcome(run(input, true, principal, admin), false);
        }
        Outcome outcome = IdempotencyStore.once(em, principal, idempotencyKey, OPERATION, requestHash,
                () -> run(input, false, principal, admin));
        updates.count(outcome.replayed() ? "bulk_replayed" : "bulk_accepted");
        return outcome;
    }

    private StoredResponse run(Rows input, boolean dryRun, String principal, boolean admin) {
        int maxRows = config.bulkMaxRows();
        if (input.rows().isEmpty()) {
            throw ProblemException.invalid("items", "must hold at least one row");
        }
        if (input.rows().size() > maxRows) {
            throw ProblemException.invalid("items", "must hold at most " + maxRows + " rows; this body has "
                    + input.rows().size());
        }
        OffsetDateTime now = StatusUpdateService.now();
        List<Problem.FieldError> errors = new ArrayList<>(input.errors());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstOfKey = new HashMap<>();
        // a row with a cell that could not be read is reported for that cell only
        Set<Integer> unreadable = input.errors().stream().map(StatusBatchService::rowOf).collect(Collectors.toSet());
        int number = 0;
        for (ObjectNode node : input.rows()) {
            number++;
            if (unreadable.contains(number)) {
                continue;
            }
            Optional<Row> row = read(number, node.deepCopy(), now, errors);
            if (row.isPresent()) {
                String key = row.get().projectCode() + " " + row.get().report().reportedAt().toInstant();
                Integer first = firstOfKey.putIfAbsent(key, number);
                if (first != null) {
                    errors.add(new Problem.FieldError(StatusBatchRow.field(number, "reportedAt"),
                            "row " + first + " already reports this project at this time"));
                } else {
                    rows.add(row.get());
                }
            }
        }
        Map<String, Project> locked = lock(rows, errors);
        Map<String, State> states = new HashMap<>();
        locked.forEach((code, p) -> states.put(code, new State(p.status, p.progressPercent, p.lastReportedAt)));
        List<StatusBatchResult.Item> items = new ArrayList<>();
        List<Row> toWrite = new ArrayList<>();
        for (Row row : rows) {
            Project p = locked.get(row.projectCode());
            if (p == null) {
                continue;
            }
            Optional<StatusUpdate> equal = recorded(row);
            if (equal.isPresent()) {
                items.add(new StatusBatchResult.Item(row.number(), row.projectCode(), "unchanged", equal.get().id));
                continue;
            }
            State state = states.get(row.projectCode());
            try {
                StatusUpdateService.checkRules(state.status(), state.progress(), state.lastReportedAt(), row.to(),
                        row.report(), admin);
            } catch (ProblemException e) {
                errors.add(new Problem.FieldError(StatusBatchRow.field(row.number(), "status"),
                        e.problem().rule() + ": " + e.problem().detail()));
                continue;
            }
            if (row.report().comparableOrDefault()) {
                states.put(row.projectCode(), new State(row.to(), row.report().progressPercent(), row.report().reportedAt()));
            }
            items.add(new StatusBatchResult.Item(row.number(), row.projectCode(), "new", null));
            toWrite.add(row);
        }
        if (!errors.isEmpty()) {
            updates.count("bulk_refused");
            errors.sort(Comparator.comparingInt(StatusBatchService::rowOf).thenComparing(Problem.FieldError::field));
            throw ProblemException.invalid(errors);
        }
        if (!dryRun) {
            Map<Integer, Long> ids = new HashMap<>();
            for (Row row : toWrite) {
                StatusUpdate u = updates.append(locked.get(row.projectCode()), row.report(), row.to(), principal, now);
                ids.put(row.number(), u.id);
            }
            items.replaceAll(i -> i.outcome().equals("new")
                    ? new StatusBatchResult.Item(i.row(), i.projectCode(), i.outcome(), ids.get(i.row()))
                    : i);
        }
        items.sort(Comparator.comparingInt(StatusBatchResult.Item::row));
        int created = (int) items.stream().filter(i -> i.outcome().equals("new")).count();
        StatusBatchResult result = new StatusBatchResult(dryRun, created, items.size() - created, items);
        return new StoredResponse(200, Map.of("Content-Type", "application/json"), representations.bytes(result));
    }

    private record State(ProjectStatus status, Integer progress, OffsetDateTime lastReportedAt) {
    }

    /** One row as a report, or its errors added to {@code errors}. */
    private Optional<Row> read(int number, ObjectNode node, OffsetDateTime now, List<Problem.FieldError> errors) {
        String code = node.path("projectCode").isTextual() ? node.path("projectCode").asText().strip() : null;
        node.remove("projectCode");
        int before = errors.size();
        if (code == null || code.isEmpty()) {
            errors.add(new Problem.FieldError(StatusBatchRow.field(number, "projectCode"), "must be a project code"));
        }
        NewStatusUpdate report;
        try {
            report = mapper.treeToValue(node, NewStatusUpdate.class);
        } catch (JsonMappingException e) {
            errors.add(new Problem.FieldError(StatusBatchRow.field(number, path(e)), message(e)));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            errors.add(new Problem.FieldError(StatusBatchRow.field(number, null), "is not a status report"));
            return Optional.empty();
        }
        for (ConstraintViolation<NewStatusUpdate> v : validator.validate(report)) {
            errors.add(new Problem.FieldError(StatusBatchRow.field(number, path(v.getPropertyPath())), v.getMessage()));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        ProjectStatus to;
        try {
            StatusUpdateService.checkReport(report, now);
            to = CodedValue.parse(ProjectStatus.class, report.status(), "status");
        } catch (ProblemException e) {
            e.problem().errors().forEach(f -> errors.add(
                    new Problem.FieldError(StatusBatchRow.field(number, f.field()), f.message())));
            return Optional.empty();
        }
        return Optional.of(new Row(number, code, report, to));
    }

    /** Locks every project the rows name, in code order; rows naming no live project are errors. */
    private Map<String, Project> lock(List<Row> rows, List<Problem.FieldError> errors) {
        Map<String, Project> locked = new LinkedHashMap<>();
        for (String code : new TreeSet<>(rows.stream().map(Row::projectCode).toList())) {
            try {
                locked.put(code, projects.lockLive(code));
            } catch (ProblemException e) {
                String message = e.problem().status() == 410 ? "names a removed project" : "names no project";
                rows.stream().filter(r -> r.projectCode().equals(code)).forEach(r -> errors.add(
                        new Problem.FieldError(StatusBatchRow.field(r.number(), "projectCode"), message)));
            }
        }
        return locked;
    }

    /** The report already recorded that says exactly what this row says, if there is one. */
    private Optional<StatusUpdate> recorded(Row row) {
        NewStatusUpdate r = row.report();
        return StatusUpdate.<StatusUpdate>find("projectCode = ?1 and reportedAt = ?2 and status = ?3 and sourceUrl = ?4",
                row.projectCode(), r.reportedAt().truncatedTo(ChronoUnit.MICROS), row.to(), r.source().url().strip()).stream()
                .filter(u -> Objects.equals(u.progressPercent, r.progressPercent())
                        && Objects.equals(u.basis, r.basis())
                        && Objects.equals(u.comparable, r.comparableOrDefault()))
                .findFirst();
    }

    private static int rowOf(Problem.FieldError error) {
        String field = error.field();
        if (!field.startsWith("rows[")) {
            return 0;
        }
        return Integer.parseInt(field.substring("rows[".length(), field.indexOf(']')));
    }

    private static String path(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        return String.join(".", names);
    }

    private static String path(JsonMappingException e) {
        List<String> names = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                names.add(ref.getFieldName());
            }
        }
        return String.join(".", names);
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of a status report";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            if (type == Integer.class || type == int.class) {
                return "must be an integer";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "must be true or false";
            }
            if (type == OffsetDateTime.class) {
                return "must be an ISO-8601 date-time with offset";
            }
            if (type == LocalDate.class) {
                return "must be an ISO-8601 date (yyyy-mm-dd)";
            }
            if (type == String.class) {
                return "must be a string";
            }
        }
        return "has an invalid value";
    }
}
