package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.gateway.aggregate.client.Downstream;
import org.jiulongpo.plan.gateway.aggregate.client.IndicatorsClient;
import org.jiulongpo.plan.gateway.aggregate.client.PlanClient;
import org.jiulongpo.plan.gateway.aggregate.client.ProjectsClient;
import org.jiulongpo.plan.gateway.config.GatewayConfig;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What cites a plan element or anything printed in it. plan-service names the element and
 * everything inside it (a 专栏 printed in a 节 is inside it though its id is not under the 节's);
 * then indicators-service and projects-service are asked, in parallel, for the items whose
 * {@code source.element} is one of those ids. Without plan-service there is nothing to look
 * for, so the answer is 503; a failing indicators- or projects-service only leaves its part out,
 * and {@code sources} says so.
 */
@ApplicationScoped
public class CitedByService {

    private final PlanClient plan;
    private final IndicatorsClient indicators;
    private final ProjectsClient projects;
    private final int retryAfterSeconds;

    public CitedByService(PlanClient plan, IndicatorsClient indicators, ProjectsClient projects, GatewayConfig config) {
        this.plan = plan;
        this.indicators = indicators;
        this.projects = projects;
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    @AsynchronousNonBlocking
    @Timeout(3000)
    @Fallback(fallbackMethod = "timedOut", skipOn = ProblemException.class)
    public Uni<CitedBy> citedBy(String id, Lang lang) {
        return subtree(id, null, new ArrayList<>(), lang).flatMap(elements -> {
            if (elements.isEmpty()) {
                return Uni.createFrom().failure(notFound(id));
            }
            List<String> ids = elements.stream().map(Downstream.Element::id).toList();
            Uni<OverviewService.Part<List<CitedBy.Indicator>>> i = part(ids, IndicatorsClient.MAX_SOURCE_ELEMENTS,
                    chunk -> indicators.citing(chunk, lang.tag()), (page, into) -> page.items().forEach(x -> into.add(indicator(x))),
                    "indicators-service");
            Uni<OverviewService.Part<List<CitedBy.Project>>> p = part(ids, ProjectsClient.MAX_SOURCE_ELEMENTS,
                    chunk -> projects.citing(chunk, lang.tag()), (page, into) -> page.items().forEach(x -> into.add(project(x))),
                    "projects-service");
            Map<String, Integer> order = new HashMap<>();
            ids.forEach(e -> order.put(e, order.size()));
            return Uni.combine().all().unis(i, p).with((ip, pp) -> new CitedBy(element(elements.get(0)), ids.size(),
                    new CitedBy.Cited(sorted(ip.value(), order, CitedBy.Indicator::sourceElement, CitedBy.Indicator::code),
                            sorted(pp.value(), order, CitedBy.Project::sourceElement, CitedBy.Project::code)),
                    new Overview.Sources(ip.source(), pp.source())));
        });
    }

    /** Past the aggregate's own timeout: nothing is known for sure, so the caller is told to come back. */
    Uni<CitedBy> timedOut(String id, Lang lang) {
        return Uni.createFrom().failure(unavailable("the services did not answer in time"));
    }

    /** Every page of the element and what is printed in it; a 篇, the largest, fits in one. */
    private Uni<List<Downstream.Element>> subtree(String id, String cursor, List<Downstream.Element> into, Lang lang) {
        return plan.within(id, cursor, lang.tag())
                .onFailure().transform(e -> unavailable(OverviewService.why("plan-service", e)))
                .flatMap(page -> {
                    into.addAll(page.items());
                    return page.nextCursor() == null ? Uni.createFrom().item(into)
                            : subtree(id, page.nextCursor(), into, lang);
                });
    }


    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No plan element has the id " + id);
    }

    private ProblemException unavailable(String detail) {
        return ProblemException.withHeaders(ProblemType.SERVICE_UNAVAILABLE, detail,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /**
     * One service's part: the ids in chunks its sourceElement filter accepts, asked in parallel.
     * Any chunk failing leaves the whole part out, as half a list would read as the whole.
     */
    private static <T, R> Uni<OverviewService.Part<List<R>>> part(List<String> ids, int chunkSize,
            Function<List<String>, Uni<T>> call, BiConsumer<T, List<R>> collect, String service) {
        List<Uni<T>> calls = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunkSize) {
            calls.add(call.apply(ids.subList(from, Math.min(ids.size(), from + chunkSize))));
        }
        return Uni.join().all(calls).andFailFast().map(pages -> {
            List<R> all = new ArrayList<>();
            pages.forEach(page -> collect.accept(page, all));
            return new OverviewService.Part<>(all, Overview.Source.OK);
        }).onFailure().recoverWithItem(failure -> new OverviewService.Part<>(null,
                new Overview.Source("unavailable", null, OverviewService.why(service, failure))));
    }

    private static <R> List<R> sorted(List<R> items, Map<String, Integer> order, Function<R, String> element,
            Function<R, String> code) {
        if (items == null) {
            return null;
        }
        return items.stream().sorted(Comparator.<R>comparingInt(r -> order.getOrDefault(element.apply(r), Integer.MAX_VALUE))
                .thenComparing(code)).toList();
    }

    static CitedBy.Element element(Downstream.Element e) {
        return new CitedBy.Element(e.id(), e.type(), e.num(), e.title(), e.titleZh(), e.titleEn(), e.citation(),
                "/api/v1/plan/elements/" + e.id());
    }

    static CitedBy.Indicator indicator(Downstream.CitingIndicator i) {
        String status = i.progress() != null ? i.progress().status() : i.assessment();
        return new CitedBy.Indicator(i.code(), i.plan(), i.kind(), i.name(), i.nameZh(), i.nameEn(), i.attribute(),
                i.unit(), status, i.relatedCode(), i.source() == null ? null : i.source().element(),
                "/api/v1/indicators/" + i.code());
    }

    static CitedBy.Project project(Downstream.CitingProject p) {
        return new CitedBy.Project(p.code(), p.name(), p.nameZh(), p.nameEn(), p.sector(), p.kind(), p.specificity(),
                p.status(), p.source() == null ? null : p.source().element(), "/api/v1/projects/" + p.code());
    }
}
