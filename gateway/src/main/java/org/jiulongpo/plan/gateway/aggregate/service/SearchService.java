package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.gateway.aggregate.client.Downstream;
import org.jiulongpo.plan.gateway.aggregate.client.IndicatorsClient;
import org.jiulongpo.plan.gateway.aggregate.client.PlanClient;
import org.jiulongpo.plan.gateway.aggregate.client.ProjectsClient;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One search over indicators, projects and the plan text: each service segments the query,
 * finds and ranks its matches ({@code ts_rank_cd} over the same weights), in parallel; the
 * gateway merges them by rank. A service that fails leaves its type out and says so in
 * {@code sources}.
 */
@ApplicationScoped
public class SearchService {

    public static final Set<String> TYPES = Set.of("indicator", "project", "element");

    private final IndicatorsClient indicators;
    private final ProjectsClient projects;
    private final PlanClient plan;

    public SearchService(IndicatorsClient indicators, ProjectsClient projects, PlanClient plan) {
        this.indicators = indicators;
        this.projects = projects;
        this.plan = plan;
    }

    @AsynchronousNonBlocking
    @Timeout(2000)
    @Fallback(fallbackMethod = "timedOut")
    public Uni<SearchResults> search(String q, Set<String> types, int limit, Lang lang) {
        Uni<OverviewService.Part<List<SearchResults.Hit>>> i = part(types.contains("indicator"),
                () -> indicators.search(q, limit, lang.tag()), h -> h.items().stream().map(SearchService::hit).toList(),
                "indicators-service");
        Uni<OverviewService.Part<List<SearchResults.Hit>>> p = part(types.contains("project"),
                () -> projects.search(q, limit, lang.tag()), h -> h.items().stream().map(SearchService::hit).toList(),
                "projects-service");
        Uni<OverviewService.Part<List<SearchResults.Hit>>> e = part(types.contains("element"),
                () -> plan.search(q, limit, lang.tag()), h -> h.items().stream().map(SearchService::hit).toList(),
                "plan-service");
        return Uni.combine().all().unis(i, p, e).with((ip, pp, ep) -> {
            List<SearchResults.Hit> all = new ArrayList<>();
            for (OverviewService.Part<List<SearchResults.Hit>> part : List.of(ip, pp, ep)) {
                if (part.value() != null) {
                    all.addAll(part.value());
                }
            }
            all.sort(Comparator.comparingDouble(SearchResults.Hit::rank).reversed()
                    .thenComparing(SearchResults.Hit::type).thenComparing(SearchResults.Hit::code));
            return new SearchResults(q, all.size() > limit ? List.copyOf(all.subList(0, limit)) : all,
                    new SearchResults.Sources(ip.source(), pp.source(), ep.source()));
        });
    }

    /** Past the aggregate's own timeout: every part is reported unavailable rather than the answer hanging. */
    Uni<SearchResults> timedOut(String q, Set<String> types, int limit, Lang lang) {
        Overview.Source late = new Overview.Source("unavailable", null, "the services did not answer in time");
        return Uni.createFrom().item(new SearchResults(q, List.of(), new SearchResults.Sources(
                types.contains("indicator") ? late : Overview.Source.OK, types.contains("project") ? late : Overview.Source.OK,
                types.contains("element") ? late : Overview.Source.OK)));
    }

    private static <T> Uni<OverviewService.Part<List<SearchResults.Hit>>> part(boolean wanted,
            Supplier<Uni<T>> call, Function<T, List<SearchResults.Hit>> hits, String service) {
        if (!wanted) {
            return Uni.createFrom().item(new OverviewService.Part<>(List.of(), Overview.Source.OK));
        }
        return call.get().map(answer -> new OverviewService.Part<>(hits.apply(answer), Overview.Source.OK))
                .onFailure().recoverWithItem(failure -> new OverviewService.Part<>(null,
                        new Overview.Source("unavailable", null, OverviewService.why(service, failure))));
    }

    static SearchResults.Hit hit(Downstream.IndicatorHit i) {
        return new SearchResults.Hit("indicator", i.code(), i.name(), i.nameZh(), i.nameEn(), i.rank(), i.snippet(),
                "/api/v1/indicators/" + i.code(), i.status() != null ? i.status() : i.assessment(), i.plan(), null, null,
                null, null);
    }

    static SearchResults.Hit hit(Downstream.ProjectHit p) {
        return new SearchResults.Hit("project", p.code(), p.name(), p.nameZh(), p.nameEn(), p.rank(), p.snippet(),
                "/api/v1/projects/" + p.code(), p.status(), null, p.sector(), null, null, null);
    }

    static SearchResults.Hit hit(Downstream.ElementHit e) {
        return new SearchResults.Hit("element", e.id(), e.title(), e.titleZh(), e.titleEn(), e.rank(), e.snippet(),
                "/api/v1/plan/elements/" + e.id(), null, null, null, e.type(), e.num(), e.citation());
    }
}
