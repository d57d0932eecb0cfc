package org.jiulongpo.plan.gateway.aggregate.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.gateway.aggregate.client.Downstream;
import org.jiulongpo.plan.gateway.aggregate.client.IndicatorsClient;
import org.jiulongpo.plan.gateway.aggregate.client.ProjectsClient;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

/**
 * Builds the overview from both services, called in parallel. Each part degrades on its own:
 * when its service fails, the part is served from the last good copy ({@code stale}) or left
 * out ({@code unavailable}), and the answer is still 200 within about the clients' timeout.
 */
@ApplicationScoped
public class OverviewService {

    private static final Logger LOG = Logger.getLogger(OverviewService.class);
    static final List<String> PROGRESS_STATUSES = List.of("achieved", "on_track", "at_risk", "off_track", "no_data",
            "not_quantified");
    static final List<String> ASSESSMENTS = List.of("met", "not_met", "not_assessable");
    static final int LATEST = 5;

    /** The last good answer of a service, with its ETag (sent back as If-None-Match). */
    record Copy<T>(T value, OffsetDateTime fetchedAt, String etag) {
    }

    private final IndicatorsClient indicators;
    private final ProjectsClient projects;
    private final AtomicReference<Copy<Downstream.IndicatorPage>> lastIndicators = new AtomicReference<>();
    private final AtomicReference<Copy<Downstream.ProjectStats>> lastProjects = new AtomicReference<>();

    public OverviewService(IndicatorsClient indicators, ProjectsClient projects) {
        this.indicators = indicators;
        this.projects = projects;
    }

    @AsynchronousNonBlocking
    @Timeout(2000)
    @Fallback(fallbackMethod = "fromCopies")
    public Uni<Overview> overview(Lang lang) {
        // Each call is conditional on the last answer's ETag: while nothing changed, the services
        // answer 304 (one small query each) and the gateway reuses what it parsed last time.
        Copy<Downstream.IndicatorPage> li = lastIndicators.get();
        Copy<Downstream.ProjectStats> lp = lastProjects.get();
        Uni<Part<Downstream.IndicatorPage>> i = part(indicators.all(li == null ? null : li.etag()), lastIndicators,
                "indicators-service");
        Uni<Part<Downstream.ProjectStats>> p = part(projects.stats(LATEST, lp == null ? null : lp.etag()), lastProjects,
                "projects-service");
        return Uni.combine().all().unis(i, p).with((ip, pp) -> build(ip, pp, lang));
    }

    /** Whatever happened to the parallel calls, answer from the last good copies. */
    Uni<Overview> fromCopies(Lang lang) {
        return Uni.createFrom().item(build(fallback(lastIndicators, "indicators-service did not answer in time"),
                fallback(lastProjects, "projects-service did not answer in time"), lang));
    }

    record Part<T>(T value, Overview.Source source) {
    }

    private <T> Uni<Part<T>> part(Uni<RestResponse<T>> call, AtomicReference<Copy<T>> last,
            String service) {
        return call.map(response -> {
            Copy<T> previous = last.get();
            if (response.getStatus() == 304 && previous != null) {
                return new Part<>(previous.value(), Overview.Source.OK);
            }
            T value = response.getEntity();
            last.set(new Copy<>(value, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                    response.getHeaderString("ETag")));
            return new Part<>(value, Overview.Source.OK);
        }).onFailure().recoverWithItem(e -> {
            LOG.debugf("%s failed for the overview: %s", service, e.toString());
            return fallback(last, why(service, e));
        });
    }

    /** Why a part is missing, in words for the caller (never an exception's class name). */
    static String why(String service, Throwable e) {
        if (e instanceof TimeoutException) {
            return service + " did not answer within the timeout";
        }
        if (e instanceof CircuitBreakerOpenException) {
            return service + " is failing; the gateway pauses calls to it for a few seconds";
        }
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return service + " answered " + w.getResponse().getStatus();
        }
        return service + " could not be reached";
    }

    private static <T> Part<T> fallback(AtomicReference<Copy<T>> last, String detail) {
        Copy<T> copy = last.get();
        return copy == null ? new Part<>(null, new Overview.Source("unavailable", null, detail))
                : new Part<>(copy.value(), new Overview.Source("stale", copy.fetchedAt(), detail));
    }

    static Overview build(Part<Downstream.IndicatorPage> i, Part<Downstream.ProjectStats> p, Lang lang) {
        return new Overview(i.value() == null ? null : indicatorsPart(i.value().items(), lang),
                p.value() == null ? null : projectsPart(p.value(), lang),
                new Overview.Sources(i.source(), p.source()));
    }

    /**
     * The counts are of targets, each counted once: a heading row of 专栏1 is no target, and an
     * indicator that restates another ({@code relatedCode}) is the same target stated again.
     */
    static Overview.IndicatorsPart indicatorsPart(List<Downstream.Indicator> items, Lang lang) {
        Map<String, Long> byPlan = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byAttribute = new LinkedHashMap<>();
        Map<String, Long> byStatus = zeros(PROGRESS_STATUSES);
        Map<String, Long> byAssessment = zeros(ASSESSMENTS);
        long total = 0;
        for (Downstream.Indicator i : items) {
            if (!countedOnce(i)) {
                continue;
            }
            total++;
            byPlan.merge(i.plan(), 1L, Long::sum);
            byAttribute.computeIfAbsent(i.plan(), k -> new LinkedHashMap<>()).merge(i.attribute(), 1L, Long::sum);
            if (i.progress() != null) {
                byStatus.merge(i.progress().status(), 1L, Long::sum);
            }
            if (i.assessment() != null) {
                byAssessment.merge(i.assessment(), 1L, Long::sum);
            }
        }
        List<Overview.IndicatorBrief> atRisk = items.stream()
                .filter(i -> i.progress() != null && Boolean.TRUE.equals(i.progress().breachRisk()))
                .map(i -> brief(i, lang)).toList();
        List<Overview.IndicatorBrief> latest = items.stream().filter(i -> i.version() != null && i.version() > 0)
                .sorted(Comparator.comparing(Downstream.Indicator::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LATEST).map(i -> brief(i, lang)).toList();
        OffsetDateTime last = items.stream().map(Downstream.Indicator::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Overview.IndicatorsPart(total, byPlan, byAttribute, byStatus, byAssessment, atRisk, latest,
                last);
    }

    static boolean countedOnce(Downstream.Indicator i) {
        return !"table_heading".equals(i.kind()) && i.relatedCode() == null;
    }

    static Overview.IndicatorBrief brief(Downstream.Indicator i, Lang lang) {
        Downstream.Progress p = i.progress();
        return new Overview.IndicatorBrief(i.code(), lang.pick(i.nameZh(), i.nameEn()), i.nameZh(), i.nameEn(),
                i.attribute(), i.unit(), p == null ? i.assessment() : p.status(), p != null && Boolean.TRUE.equals(p.breachRisk()),
                p == null ? null : p.latestYear(), p == null ? null : p.latestValue(), i.updatedAt());
    }

    static Overview.ProjectsPart projectsPart(Downstream.ProjectStats s, Lang lang) {
        List<Overview.LatestUpdate> latest = s.latestUpdates() == null ? List.of()
                : s.latestUpdates().stream().map(u -> new Overview.LatestUpdate(u.id(), u.projectCode(),
                        lang.pick(u.projectNameZh(), u.projectNameEn()), u.projectNameZh(), u.projectNameEn(),
                        u.status(), u.previousStatus(), u.progressPercent(), u.reportedAt(), u.recordedAt())).toList();
        return new Overview.ProjectsPart(s.total(), s.bySectorAndStatus(), s.byPlanStage(), s.bySector(), latest,
                s.lastUpdatedAt());
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }
}
