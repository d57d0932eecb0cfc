package org.jiulongpo.plan.indicators.observation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.observation.Observation;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;
import org.jiulongpo.plan.indicators.observation.mapping.NewObservation;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationView;
import org.jiulongpo.plan.indicators.observation.mapping.RevisionView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Records monitored values. A value for a year that has one is a new revision (with a reason),
 * never an overwrite. Each write locks its indicator row, so revisions of one indicator are
 * numbered without gaps or races, and bumps the indicator's version, whose ETag therefore
 * changes with its progress.
 */
@ApplicationScoped
public class ObservationService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ObservationService.class);

    /** What a create produced, and whether it was a replay of an earlier identical create. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    private final EntityManager em;
    private final CurrentObservations currentObservations;

    public ObservationService(EntityManager em, CurrentObservations currentObservations) {
        this.em = em;
        this.currentObservations = currentObservations;
    }

    /**
     * Records a value; with an idempotency key, a replay returns the first response instead.
     * {@code render} turns the stored observation into the HTTP response kept for replays.
     */
    @Transactional
    public Outcome record(String code, NewObservation body, String principal, String idempotencyKey,
            String requestHash, Function<ObservationView, StoredResponse> render) {
        String operation = "POST /api/v1/indicators/" + code + "/observations";
        if (idempotencyKey != null) {
            Optional<StoredResponse> earlier = IdempotencyStore.claim(em, principal, idempotencyKey, operation,
                    requestHash);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), true);
            }
        }
        Indicator indicator = org.jiulongpo.plan.common.codes.Codes.wellFormed(code)
                ? em.find(Indicator.class, code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (indicator == null) {
            throw ProblemException.notFound("No indicator has the code '" + code + "'");
        }
        if (indicator.plan != Plan.FYP14) {
            throw ProblemException.conflict("fyp13-closed",
                    "Indicators of the 13th plan ended with their 2020 outcome; observations are for fyp14 indicators");
        }
        int current = currentRevision(code, body.year());
        if (current > 0 && (body.reason() == null || body.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required: " + body.year() + " already has a value, "
                    + "and a revision must say why it replaces it");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Observation o = new Observation();
        o.indicatorCode = code;
        o.year = body.year();
        o.revision = current + 1;
        o.value = body.value();
        ObservationStatus status = CodedValue.parse(ObservationStatus.class, body.status(), "status");
        o.status = status == null ? ObservationStatus.PROVISIONAL : status;
        o.source = blankToNull(body.source());
        o.note = blankToNull(body.note());
        o.reason = blankToNull(body.reason());
        o.recordedBy = principal;
        o.recordedAt = now;
        em.persist(o);
        indicator.version++;
        indicator.updatedAt = now;
        em.flush();
        StoredResponse response = render.apply(toView(o, o.revision));
        if (idempotencyKey != null) {
            IdempotencyStore.store(em, principal, idempotencyKey, response);
        }
        LOG.infof("observation %s %d revision %d by %s: %s", code, o.year, o.revision, principal,
                o.value.toPlainString());
        return new Outcome(response, false);
    }

    private int currentRevision(String code, int year) {
        Number max = (Number) em.createQuery(
                "select coalesce(max(o.revision), 0) from Observation o where o.indicatorCode = ?1 and o.year = ?2")
                .setParameter(1, code).setParameter(2, year).getSingleResult();
        return max.intValue();
    }

    /** The current value of each year (or the value current at {@code asOf}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationView> current(String code, OffsetDateTime asOf, OffsetDateTime updatedSince) {
        List<ObservationView> views = new ArrayList<>();
        for (Observation o : currentObservations.of(List.of(code), asOf)) {
            if (updatedSince == null || o.recordedAt.isAfter(updatedSince)) {
                views.add(toView(o, o.revision));
            }
        }
        return views;
    }

    /** The history of one year, newest first, each with the value it replaced. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> revisions(String code, int year) {
        List<Observation> rows = Observation.list("indicatorCode = ?1 and year = ?2 order by revision", code, year);
        List<RevisionView> views = new ArrayList<>(rows.size());
        Observation previous = null;
        for (Observation o : rows) {
            views.add(0, new RevisionView(o.revision, previous == null ? null : previous.value.stripTrailingZeros(),
                    o.value.stripTrailingZeros(), o.status, o.source,
                    o.note, o.reason, o.recordedBy, o.recordedAt));
            previous = o;
        }
        return views;
    }

    static ObservationView toView(Observation o, int revisionCount) {
        return new ObservationView(o.indicatorCode, o.year, o.value.stripTrailingZeros(),
                o.status, o.source, o.note, o.revision, revisionCount,
                o.recordedBy, o.recordedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
