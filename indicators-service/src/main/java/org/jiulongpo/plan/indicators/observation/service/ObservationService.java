package org.jiulongpo.plan.indicators.observation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.indicator.service.IndicatorService;
import org.jiulongpo.plan.indicators.observation.Observation;
import org.jiulongpo.plan.indicators.observation.mapping.NewObservation;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationMapper;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationView;
import org.jiulongpo.plan.indicators.observation.mapping.RevisionView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records monitored values. A value for a year that has one is a new revision (with a reason),
 * never an overwrite. Each write locks its indicator row, so revisions of one indicator are
 * numbered without gaps or races, and bumps the indicator's version, whose ETag therefore
 * changes with its progress.
 */
@ApplicationScoped
public class ObservationService {

    private static final Logger LOG = Logger.getLogger(ObservationService.class);

    private final EntityManager em;
    private final IndicatorService indicators;
    private final CurrentObservations currentObservations;
    private final Representations representations;

    public ObservationService(EntityManager em, IndicatorService indicators, CurrentObservations currentObservations,
            Representations representations) {
        this.em = em;
        this.indicators = indicators;
        this.currentObservations = currentObservations;
        this.representations = representations;
    }

    /**
     * Records a value and answers 201 with it; with an idempotency key, a replay gets the answer
     * of the first create instead, stored with the record in the same transaction. The key covers
     * the body only: a retry whose If-Match has gone stale through its own first attempt still
     * gets that first answer.
     */
    @Transactional
    public IdempotencyStore.Outcome record(String code, NewObservation body, String ifMatch, String principal,
            String idempotencyKey) {
        return IdempotencyStore.once(em, principal, idempotencyKey, "POST /api/v1/indicators/" + code + "/observations",
                IdempotencyStore.hash(representations.bytes(body)), () -> {
                    ObservationView view = ObservationMapper.toView(append(code, body, ifMatch, principal));
                    return StoredResponse.created(ObservationMapper.resource(code, view.year()),
                            representations.bytes(view));
                });
    }

    private Observation append(String code, NewObservation body, String ifMatch, String principal) {
        List<Problem.FieldError> errors = ObservationRules.check(body, null);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Indicator indicator = indicators.lock(code);
        if (indicator.plan != Plan.FYP14) {
            throw ProblemException.conflict("fyp13-closed",
                    "Indicators of the 13th plan ended with their 2020 outcome; observations are for fyp14 indicators");
        }
        int current = currentRevision(code, body.year());
        if (current > 0 && (body.revisionReason() == null || body.revisionReason().isBlank())) {
            throw ProblemException.invalid("revisionReason", "is required: " + body.year() + " already has a value, "
                    + "and a revision must say why it replaces it");
        }
        requireReplaces(ifMatch, code, body.year(), current);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Observation o = ObservationRules.revision(code, body, current + 1, principal, now);
        em.persist(o);
        indicator.version++;
        indicator.updatedAt = now;
        em.flush();
        LOG.infof("observation %s %d revision %d by %s: %s", code, o.year, o.revision, principal,
                o.value.toPlainString());
        return o;
    }

    /**
     * A revision must name the revision it replaces, so that of two editors revising from the same
     * value one gets 412 instead of silently replacing the other's. A first value has nothing to
     * name: If-Match there (even {@code *}) is false, as RFC 9110 says for a resource that has no
     * current representation.
     */
    private static void requireReplaces(String ifMatch, String code, int year, int currentRevision) {
        if (currentRevision > 0) {
            ETags.requireCurrent(ifMatch, currentRevision, ObservationMapper.resource(code, year));
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_FAILED,
                    year + " has no value yet; a first value is recorded without If-Match");
        }
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
        return currentObservations.of(List.of(code), asOf).stream()
                .filter(o -> updatedSince == null || o.recordedAt.isAfter(updatedSince))
                .map(ObservationMapper::toView)
                .toList();
    }

    /** The current value of one year (or the value current at {@code asOf}), if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ObservationView> current(String code, int year, OffsetDateTime asOf) {
        return current(code, asOf, null).stream().filter(o -> o.year() == year).findFirst();
    }

    /** The history of one year, newest first, each with the value it replaced. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> revisions(String code, int year) {
        return ObservationMapper.toHistory(
                Observation.list("indicatorCode = ?1 and year = ?2 order by revision", code, year));
    }

}
