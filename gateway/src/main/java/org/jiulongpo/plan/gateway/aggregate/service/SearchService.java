package org.jiulongpo.plan.gateway.aggregate.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.gateway.aggregate.client.Downstream;
import org.jiulongpo.plan.gateway.aggregate.client.IndicatorsClient;
import org.jiulongpo.plan.gateway.aggregate.client.ProjectsClient;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One search over indicators and projects: each service finds its matches (names in Chinese
 * and English, codes), in parallel; the gateway ranks them together. A service that fails
 * leaves its type out and says so in {@code sources}.
 */
@ApplicationScoped
public class SearchService {

    private final IndicatorsClient indicators;
    private final ProjectsClient projects;

    public SearchService(IndicatorsClient indicators, ProjectsClient projects) {
        this.indicators = indicators;
        this.projects = projects;
    }

    public Uni<SearchResults> search(String q, String type, int limit, Lang lang) {
        Uni<OverviewService.Part<List<SearchResults.Hit>>> i = "project".equals(type)
                ? Uni.createFrom().item(new OverviewService.Part<>(List.of(), Overview.Source.OK))
                : indicators.search(q, lang.tag())
                        .map(page -> new OverviewService.Part<>(page.items().stream().map(x -> hit(x, q, lang)).toList(),
                                Overview.Source.OK))
                        .onFailure().recoverWithItem(e -> unavailable("indicators-service", e));
        Uni<OverviewService.Part<List<SearchResults.Hit>>> p = "indicator".equals(type)
                ? Uni.createFrom().item(new OverviewService.Part<>(List.of(), Overview.Source.OK))
                : projects.search(q, lang.tag())
                        .map(page -> new OverviewService.Part<>(page.items().stream().map(x -> hit(x, q, lang)).toList(),
                                Overview.Source.OK))
                        .onFailure().recoverWithItem(e -> unavailable("projects-service", e));
        return Uni.combine().all().unis(i, p).with((ip, pp) -> {
            List<SearchResults.Hit> all = new ArrayList<>();
            if (ip.value() != null) {
                all.addAll(ip.value());
            }
            if (pp.value() != null) {
                all.addAll(pp.value());
            }
            all.sort(Comparator.comparingInt(SearchResults.Hit::score).reversed()
                    .thenComparingInt(h -> h.nameZh() == null ? Integer.MAX_VALUE : h.nameZh().length())
                    .thenComparing(SearchResults.Hit::code));
            return new SearchResults(q, all.size() > limit ? all.subList(0, limit) : all,
                    new Overview.Sources(ip.source(), pp.source()));
        });
    }

    private static OverviewService.Part<List<SearchResults.Hit>> unavailable(String service, Throwable e) {
        return new OverviewService.Part<>(null,
                new Overview.Source("unavailable", null, OverviewService.why(service, e)));
    }

    static SearchResults.Hit hit(Downstream.Indicator i, String q, Lang lang) {
        String status = i.progress() != null ? i.progress().status() : i.assessment();
        return new SearchResults.Hit("indicator", i.code(), lang.pick(i.nameZh(), i.nameEn()), i.nameZh(), i.nameEn(),
                score(q, i.code(), i.nameZh(), i.nameEn()), "/api/v1/indicators/" + i.code(), status, i.plan(), null);
    }

    static SearchResults.Hit hit(Downstream.Project p, String q, Lang lang) {
        return new SearchResults.Hit("project", p.code(), lang.pick(p.nameZh(), p.nameEn()), p.nameZh(), p.nameEn(),
                score(q, p.code(), p.nameZh(), p.nameEn()), "/api/v1/projects/" + p.code(), p.status(), null,
                p.sector());
    }

    /** How well a record matches: exact beats prefix beats substring; names beat codes; shorter names win ties. */
    static int score(String q, String code, String nameZh, String nameEn) {
        String query = q.toLowerCase(Locale.ROOT);
        String zh = nameZh == null ? "" : nameZh.toLowerCase(Locale.ROOT);
        String en = nameEn == null ? "" : nameEn.toLowerCase(Locale.ROOT);
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (c.equals(query) || zh.equals(query) || en.equals(query)) {
            return 100;
        }
        if (zh.startsWith(query) || en.startsWith(query)) {
            return 80;
        }
        if (zh.contains(query)) {
            // a query that covers more of the name is a better match
            return 60 + (int) Math.round(10.0 * query.length() / Math.max(zh.length(), 1));
        }
        if (en.contains(query)) {
            return 60 + (int) Math.round(10.0 * query.length() / Math.max(en.length(), 1));
        }
        if (c.contains(query)) {
            return 50;
        }
        return 10;
    }
}
