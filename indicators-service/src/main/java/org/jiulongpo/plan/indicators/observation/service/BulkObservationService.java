package org.jiulongpo.plan.indicators.observation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.indicator.service.IndicatorService;
import org.jiulongpo.plan.indicators.observation.Observation;
import org.jiulongpo.plan.indicators.observation.mapping.BulkReader;
import org.jiulongpo.plan.indicators.observation.mapping.BulkResult;
import org.jiulongpo.plan.indicators.observation.mapping.NewObservation;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationRow;
import org.jiulongpo.plan.indicators.observation.mapping.RowOutcome;
import org.jiulongpo.plan.indicators.observation.mapping.RowResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Many observations in one transaction, all or none: the annual submission of the statistics
 * bureau or a department. Every row is checked before anything is written, and every row's error
 * is answered at once. A row that says what its year already says records nothing; any other row
 * is one new revision. The indicators of the body are locked in code order, so that two
 * submissions (or a submission and a single write) never deadlock and revisions stay gapless.
 */
@ApplicationScoped
public class BulkObservationService {

    public static final String OPERATION = "POST /api/v1/indicators/observations/bulk";
    private static final Logger LOG = Logger.getLogger(BulkObservationService.class);

    private final EntityManager em;
    private final IndicatorService indicators;
    private final Representations representations;
    private final Validator validator;

    public BulkObservationService(EntityManager em, IndicatorService indicators, Representations representations, Validator validator) {
        this.em = em;
        this.indicators = indicators;
        this.representations = representations;
        this.validator = validator;
    }

    /**
     * Checks {@code read} as a whole and, unless {@code dryRun}, writes it; 400 naming every bad
     * row otherwise. A dry run takes the same locks, so that its answer is what a write at that
     * moment would do, and claims no idempotency key: it writes nothing that a retry could repeat.
     */
    @Transactional
    public IdempotencyStore.Outcome submit(BulkReader.Rows read, boolean dryRun, String principal,
            String idempotencyKey) {
        List<Problem.FieldError> errors = new ArrayList<>(read.errors());
        for (BulkReader.Row row : read.rows()) {
            errors.addAll(check(row));
        }
        duplicates(read.rows(), errors);
        if (dryRun || idempotencyKey == null) {
            return new IdempotencyStore.Outcome(apply(read.rows(), errors, dryRun, principal), false);
        }
        byte[] canonical = representations.bytes(read.rows().stream().map(BulkReader.Row::content).toList());
        return IdempotencyStore.once(em, principal, idempotencyKey, OPERATION, IdempotencyStore.hash(canonical),
                () -> apply(read.rows(), errors, false, principal));
    }

    private StoredResponse apply(List<BulkReader.Row> rows, List<Problem.FieldError> errors, boolean dryRun,
            String principal) {
        Set<Integer> bad = errors.stream().map(Problem.FieldError::row).collect(Collectors.toSet());
        Map<String, Indicator> locked = lock(rows, errors);
        List<RowResult> results = new ArrayList<>();
        List<Observation> toWrite = new ArrayList<>();
        for (BulkReader.Row row : rows) {
            ObservationRow r = row.content();
            Indicator indicator = locked.get(r.indicatorCode());
            if (indicator == null || bad.contains(row.number())) {
                continue;
            }
            Optional<Observation> now = currentOf(r.indicatorCode(), r.year());
            NewObservation body = r.observation();
            if (now.isPresent() && ObservationRules.unchanged(now.get(), body)) {
                results.add(new RowResult(row.number(), r.indicatorCode(), r.year(), RowOutcome.UNCHANGED,
                        now.get().revision));
                continue;
            }
            if (now.isPresent() && (body.revisionReason() == null || body.revisionReason().isBlank())) {
                errors.add(new Problem.FieldError("revisionReason", "is required: " + r.year() + " of "
                        + r.indicatorCode() + " already has another value, and a revision must say why it replaces it",
                        row.number()));
                continue;
            }
            int revision = now.map(o -> o.revision).orElse(0) + 1;
            toWrite.add(ObservationRules.revision(r.indicatorCode(), body, revision, principal, null));
            results.add(new RowResult(row.number(), r.indicatorCode(), r.year(),
                    revision == 1 ? RowOutcome.NEW : RowOutcome.REVISED, revision));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((Problem.FieldError e) -> e.row() == null ? 0 : e.row())
                    .thenComparing(Problem.FieldError::field));
            throw ProblemException.invalid(errors);
        }
        if (!dryRun && !toWrite.isEmpty()) {
            write(toWrite, locked);
        }
        results.sort(Comparator.comparingInt(RowResult::row));
        int created = (int) results.stream().filter(r -> r.outcome() == RowOutcome.NEW).count();
        int revised = (int) results.stream().filter(r -> r.outcome() == RowOutcome.REVISED).count();
        BulkResult result = new BulkResult(dryRun, rows.size(), created, revised, results.size() - created - revised,
                results);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new StoredResponse(200, headers, representations.bytes(result));
    }

    private void write(List<Observation> toWrite, Map<String, Indicator> locked) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (Observation o : toWrite) {
            o.recordedAt = now;
            em.persist(o);
        }
        for (String code : toWrite.stream().map(o -> o.indicatorCode).distinct().toList()) {
            Indicator indicator = locked.get(code);
            indicator.version++;
            indicator.updatedAt = now;
        }
        em.flush();
        LOG.infof("bulk observations by %s: %d revisions of %d indicators", toWrite.get(0).recordedBy,
                toWrite.size(), toWrite.stream().map(o -> o.indicatorCode).distinct().count());
    }

    /** The bean constraints of the row's observation, its code and unit, and the provenance rules. */
    private List<Problem.FieldError> check(BulkReader.Row row) {
        ObservationRow r = row.content();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.indicatorCode() == null || r.indicatorCode().isBlank()) {
            errors.add(new Problem.FieldError("indicatorCode", "is required", row.number()));
        }
        NewObservation body = r.observation();
        for (ConstraintViolation<NewObservation> v : validator.validate(body)) {
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage(), row.number()));
        }
        if (body.source() != null && errors.stream().noneMatch(e -> e.field().startsWith("source"))) {
            errors.addAll(ObservationRules.check(body, row.number()));
        }
        return errors;
    }

    /** Two rows for one year of one indicator would make the body's order matter: both are named. */
    private static void duplicates(List<BulkReader.Row> rows, List<Problem.FieldError> errors) {
        Map<String, Integer> first = new HashMap<>();
        for (BulkReader.Row row : rows) {
            ObservationRow r = row.content();
            if (r.indicatorCode() == null || r.year() == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(r.indicatorCode() + "/" + r.year(), row.number());
            if (earlier != null) {
                errors.add(new Problem.FieldError("year", "row " + earlier + " already has " + r.indicatorCode() + " "
                        + r.year() + ": one row per indicator and year", row.number()));
            }
        }
    }

    /** Locks every fyp14 indicator of the body, in code order; unknown and fyp13 codes become row errors. */
    private Map<String, Indicator> lock(List<BulkReader.Row> rows, List<Problem.FieldError> errors) {
        Map<String, Indicator> locked = new HashMap<>();
        TreeSet<String> codes = new TreeSet<>();
        rows.stream().map(r -> r.content().indicatorCode()).filter(c -> c != null && !c.isBlank()).forEach(codes::add);
        for (String code : codes) {
            indicators.tryLock(code).ifPresent(i -> locked.put(code, i));
        }
        for (BulkReader.Row row : rows) {
            ObservationRow r = row.content();
            if (r.indicatorCode() == null || r.indicatorCode().isBlank()) {
                continue;
            }
            Indicator indicator = locked.get(r.indicatorCode());
            if (indicator == null) {
                errors.add(new Problem.FieldError("indicatorCode", "no indicator has the code '" + r.indicatorCode()
                        + "'", row.number()));
            } else if (indicator.plan != Plan.FYP14) {
                errors.add(new Problem.FieldError("indicatorCode", r.indicatorCode()
                        + " is a 13th-plan indicator, closed with its 2020 outcome; observations are for fyp14 indicators",
                        row.number()));
            } else if (r.unitZh() != null && !r.unitZh().equals(indicator.unitZh)) {
                errors.add(new Problem.FieldError("unitZh", "must be the unit of " + r.indicatorCode() + ", "
                        + (indicator.unitZh == null ? "which has none" : "'" + indicator.unitZh + "'"), row.number()));
            }
        }
        locked.values().removeIf(i -> i.plan != Plan.FYP14);
        return locked;
    }

    private static Optional<Observation> currentOf(String code, int year) {
        return Observation.<Observation>find("indicatorCode = ?1 and year = ?2 order by revision desc", code, year)
                .firstResultOptional();
    }

    private static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }
}
