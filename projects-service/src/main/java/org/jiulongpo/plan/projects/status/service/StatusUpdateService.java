package org.jiulongpo.plan.projects.status.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.codes.Codes;
import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RepresentationVersion;
import org.jiulongpo.plan.common.http.Representations;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.Outcome;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.changelog.ChangeKind;
import org.jiulongpo.plan.projects.changelog.service.ChangeLog;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectStatus;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.service.ProjectService;
import org.jiulongpo.plan.projects.status.StatusRules;
import org.jiulongpo.plan.projects.status.StatusUpdate;
import org.jiulongpo.plan.projects.status.mapping.StatusUpdateMapper;
import org.jiulongpo.plan.projects.status.rest.NewStatusUpdate;
import org.jiulongpo.plan.projects.status.rest.StatusReportSource;
import org.jiulongpo.plan.projects.status.rest.StatusUpdateView;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records status updates. The project row is locked and its version checked against If-Match
 * in one transaction, so of two reporters holding the same ETag exactly one succeeds and the
 * other gets 412: no update is ever lost. History rows are append-only.
 */
@ApplicationScoped
public class StatusUpdateService {

    private static final Logger LOG = Logger.getLogger(StatusUpdateService.class);

    /** Reports may be up to this far ahead of the server's clock (reporters' clocks drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final OffsetDateTime PLAN_START = OffsetDateTime.parse("2021-01-01T00:00:00+08:00");
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final EntityManager em;
    private final ProjectService projects;
    private final ChangeLog changeLog;
    private final Representations representations;
    private final RepresentationVersion representationVersion;
    private final MeterRegistry metrics;

    public StatusUpdateService(EntityManager em, ProjectService projects, ChangeLog changeLog,
            Representations representations, RepresentationVersion representationVersion, MeterRegistry metrics) {
        this.em = em;
        this.projects = projects;
        this.changeLog = changeLog;
        this.representations = representations;
        this.representationVersion = representationVersion;
        this.metrics = metrics;
    }

    /**
     * Records a report once per {@code idempotencyKey} (none: every call records one) and
     * answers 201 with the update, or the first answer again for a replay.
     */
    @Transactional
    public Outcome report(String code, NewStatusUpdate body, String ifMatch, String principal, boolean admin,
            String idempotencyKey, String requestHash) {
        Outcome outcome = IdempotencyStore.once(em, principal, idempotencyKey,
                "POST /api/v1/projects/" + code + "/status-updates", requestHash,
                () -> record(code, body, ifMatch, principal, admin));
        count(outcome.replayed() ? "replayed" : "accepted");
        return outcome;
    }

    private StoredResponse record(String code, NewStatusUpdate body, String ifMatch, String principal, boolean admin) {
        Project p = projects.lockLive(code);
        OffsetDateTime now = now();
        checkReport(body, now);
        try {
            ETags.requireCurrent(ifMatch, p.version, ProjectMapper.resource(code));
        } catch (ProblemException e) {
            count(e.problem().status() == 412 ? "precondition_failed" : "precondition_required");
            throw e;
        }
        ProjectStatus to = CodedValue.parse(ProjectStatus.class, body.status(), "status");
        try {
            checkRules(p.status, p.progressPercent, p.lastReportedAt, to, body, admin);
        } catch (ProblemException e) {
            count("conflict");
            throw e;
        }
        StatusUpdate u = append(p, body, to, principal, now);
        String projectEtag = ProjectMapper.etag(code, p.version, Set.of(), Lang.ZH, representationVersion.get());
        return StoredResponse.created("/api/v1/projects/" + code + "/status-updates/" + u.id,
                representations.bytes(StatusUpdateMapper.created(u, projectEtag)));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** What a report must satisfy whatever the project's state: its dates, and a note where it is not comparable. */
    static void checkReport(NewStatusUpdate body, OffsetDateTime now) {
        if (body.reportedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("reportedAt", "must not be in the future");
        }
        if (body.reportedAt().isBefore(PLAN_START)) {
            throw ProblemException.invalid("reportedAt", "must not be before the plan period (2021-01-01)");
        }
        // a printed date is a calendar date in some zone: today in the zone furthest ahead (UTC+14) bounds it
        if (body.source().publishedOn() != null
                && body.source().publishedOn().isAfter(now.atZoneSameInstant(LATEST_ZONE).toLocalDate())) {
            throw ProblemException.invalid("source.publishedOn", "must not be in the future");
        }
        if (!body.comparableOrDefault() && (body.note() == null || body.note().isBlank())) {
            throw ProblemException.invalid("note", "must say how the source differs from the project when comparable is false");
        }
    }

    /**
     * The transition rules, for a report that becomes the project's state; a report that is not
     * comparable never becomes it, so no transition is checked.
     */
    static void checkRules(ProjectStatus from, Integer fromProgress, OffsetDateTime lastReportedAt, ProjectStatus to,
            NewStatusUpdate body, boolean admin) {
        if (body.comparableOrDefault()) {
            StatusRules.check(from, fromProgress, lastReportedAt, to, body.progressPercent(), body.reportedAt(), admin);
        }
    }

    /**
     * Appends the report to the history and the change feed. A comparable report becomes the
     * project's state; one that is not leaves status and progress as they were. Either way the
     * project's version moves, because its history (and so its history's ETag) changed.
     */
    StatusUpdate append(Project p, NewStatusUpdate body, ProjectStatus to, String principal, OffsetDateTime now) {
        StatusUpdate u = new StatusUpdate();
        u.projectCode = p.code;
        u.status = to;
        u.previousStatus = p.status;
        u.progressPercent = body.progressPercent();
        u.previousProgressPercent = p.progressPercent;
        u.note = blankToNull(body.note());
        u.reportedAt = body.reportedAt().truncatedTo(ChronoUnit.MICROS);
        u.evidenceUrl = blankToNull(body.evidenceUrl());
        u.recordedBy = principal;
        u.recordedAt = now;
        StatusReportSource source = body.source();
        u.sourceTitle = source.title().strip();
        u.sourcePublisher = source.publisher().strip();
        u.sourcePublishedOn = source.publishedOn();
        u.sourceUrl = source.url().strip();
        u.sourcePhrase = source.phrase().strip();
        u.basis = body.basis();
        u.revisionReason = blankToNull(body.revisionReason());
        u.comparable = body.comparableOrDefault();
        if (u.comparable) {
            p.status = u.status;
            p.progressPercent = u.progressPercent;
            p.lastReportedAt = u.reportedAt;
        }
        p.touch(now);
        u.projectVersion = p.version;
        em.persist(u);
        em.flush();
        changeLog.append(p, ChangeKind.STATUS_UPDATE, u.id);
        LOG.infof("status update %d of %s by %s: %s -> %s (version %d%s)", u.id, p.code, principal,
                state(u.previousStatus, u.previousProgressPercent), state(u.status, u.progressPercent), p.version,
                u.comparable ? "" : ", not comparable: history only");
        return u;
    }

    void count(String outcome) {
        metrics.counter("plan_status_updates_total", "outcome", outcome).increment();
    }

    /**
     * A page of history, newest first, keyset-paged by id: of one project, or of all when
     * {@code code} is null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatusUpdateView> page(String code, Long beforeId, OffsetDateTime updatedSince, int pageSize) {
        StringBuilder where = new StringBuilder(code == null ? "1 = 1" : "projectCode = :code");
        Parameters params = new Parameters();
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
        // range is inclusive: one row more than the page, which only says whether more exist
        return Page.of(StatusUpdate.<StatusUpdate>find(where + " order by id desc", params).range(0, pageSize).list(),
                pageSize, u -> Long.toString(u.id)).map(StatusUpdateMapper::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatusUpdateView> one(String code, long id) {
        if (!Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return StatusUpdate.<StatusUpdate>find("projectCode = ?1 and id = ?2", code, id).firstResultOptional()
                .map(StatusUpdateMapper::toView);
    }

    /** A state as the log shows it; before the first report there is no progress to show. */
    private static String state(ProjectStatus status, Integer progress) {
        return progress == null ? status.code() : status.code() + " " + progress + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
