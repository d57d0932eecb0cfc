package org.jiulongpo.plan.projects.status.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.projects.change.ChangeKind;
import org.jiulongpo.plan.projects.change.service.ChangeLog;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.status.StatusRules;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.rest.NewStatusUpdate;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Records status updates. The project row is locked and its version checked against If-Match
 * in one transaction, so of two reporters holding the same ETag exactly one succeeds and the
 * other gets 412: no update is ever lost. History rows are append-only.
 */
@ApplicationScoped
public class StatusUpdateService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(StatusUpdateService.class);

    /** Reports may be up to this far ahead of the server's clock (reporters' clocks drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final OffsetDateTime PLAN_START = OffsetDateTime.parse("2021-01-01T00:00:00+08:00");

    public record Outcome(StoredResponse response, boolean replayed) {
    }

    private final EntityManager em;
    private final ChangeLog changeLog;
    private final MeterRegistry metrics;

    public StatusUpdateService(EntityManager em, ChangeLog changeLog, MeterRegistry metrics) {
        this.em = em;
        this.changeLog = changeLog;
        this.metrics = metrics;
    }

    @Transactional
    public Outcome report(String code, NewStatusUpdate body, String ifMatch, String principal, boolean admin,
            String idempotencyKey, String requestHash, Function<StatusUpdateView, StoredResponse> render) {
        if (idempotencyKey != null) {
            Optional<StoredResponse> earlier = IdempotencyStore.claim(em, principal, idempotencyKey,
                    "POST /api/v1/projects/" + code + "/status-updates", requestHash);
            if (earlier.isPresent()) {
                count("replayed");
                return new Outcome(earlier.get(), true);
            }
        }
        Project p = org.jiulongpo.plan.common.codes.Codes.wellFormed(code)
                ? em.find(Project.class, code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (p == null) {
            throw ProjectService.notFound(code);
        }
        if (p.deletedAt != null) {
            throw ProblemException.of(ProblemType.GONE, "The project '" + code + "' was removed at " + p.deletedAt);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (body.reportedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("reportedAt", "must not be in the future");
        }
        if (body.reportedAt().isBefore(PLAN_START)) {
            throw ProblemException.invalid("reportedAt", "must not be before the plan period (2021-01-01)");
        }
        try {
            ETags.requireCurrent(ifMatch, p.version);
        } catch (ProblemException e) {
            count(e.problem().status() == 412 ? "precondition_failed" : "precondition_required");
            throw e;
        }
        ProjectStatus to = CodedValue.parse(ProjectStatus.class, body.status(), "status");
        try {
            StatusRules.check(p.status, p.progressPercent, p.lastReportedAt, to, body.progressPercent(),
                    body.reportedAt(), admin);
        } catch (ProblemException e) {
            count("conflict");
            throw e;
        }
        StatusUpdate u = new StatusUpdate();
        u.projectCode = code;
        u.status = to;
        u.previousStatus = p.status;
        u.progressPercent = body.progressPercent();
        u.previousProgressPercent = p.progressPercent;
        u.note = blankToNull(body.note());
        u.reportedAt = body.reportedAt().truncatedTo(ChronoUnit.MICROS);
        u.evidenceUrl = blankToNull(body.evidenceUrl());
        u.recordedBy = principal;
        u.recordedAt = now;
        p.status = u.status;
        p.progressPercent = u.progressPercent;
        p.lastReportedAt = u.reportedAt;
        p.updatedAt = now;
        p.version++;
        u.projectVersion = p.version;
        em.persist(u);
        em.flush();
        changeLog.append(p, ChangeKind.STATUS_UPDATE, u.id);
        StoredResponse response = render.apply(toView(u));
        if (idempotencyKey != null) {
            IdempotencyStore.store(em, principal, idempotencyKey, response);
        }
        count("accepted");
        LOG.infof("status update %d of %s by %s: %s %d%% -> %s %d%% (version %d)", u.id, code, principal,
                u.previousStatus.code(), u.previousProgressPercent, u.status.code(), u.progressPercent, p.version);
        return new Outcome(response, false);
    }

    private void count(String outcome) {
        metrics.counter("plan_status_updates_total", "outcome", outcome).increment();
    }

    /** History newest first, keyset-paged by id; of one project, or of all when {@code code} is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusUpdate> history(String code, Long beforeId, OffsetDateTime updatedSince, int limit) {
        StringBuilder where = new StringBuilder(code == null ? "1 = 1" : "projectCode = :code");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (code != null) {
            params.and("code", code);
        }
        if (beforeId != null) {
            where.append(" and id < :before");
            params.and("before", beforeId);
        }
        if (updatedSince != null) {
            where.append(" and recordedAt > :since");
            params.and("since", updatedSince);
        }
        return StatusUpdate.<StatusUpdate>find(where + " order by id desc", params).range(0, limit).list();
    }

    /** A page of {@link #history}, with the cursor of the next page when there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.jiulongpo.plan.common.paging.Page<StatusUpdateView> page(String code, Long beforeId,
            OffsetDateTime updatedSince, int pageSize) {
        List<StatusUpdate> rows = history(code, beforeId, updatedSince, pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<StatusUpdate> pageRows = more ? rows.subList(0, pageSize) : rows;
        return new org.jiulongpo.plan.common.paging.Page<>(pageRows.stream().map(StatusUpdateService::toView).toList(),
                more ? org.jiulongpo.plan.common.paging.Cursors.encode(Long.toString(pageRows.get(pageRows.size() - 1).id))
                        : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatusUpdate> one(String code, long id) {
        if (!org.jiulongpo.plan.common.codes.Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return StatusUpdate.<StatusUpdate>find("projectCode = ?1 and id = ?2", code, id).firstResultOptional();
    }

    public static StatusUpdateView toView(StatusUpdate u) {
        return new StatusUpdateView(u.id, u.projectCode, u.status, u.previousStatus, u.progressPercent,
                u.previousProgressPercent, u.note, u.reportedAt, u.evidenceUrl, u.recordedBy, u.recordedAt,
                u.projectVersion, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
