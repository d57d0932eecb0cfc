package org.jiulongpo.plan.indicators.indicator.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiulongpo.plan.common.cache.PerDataVersion;
import org.jiulongpo.plan.common.codes.Codes;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.KeysetPaging;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.IndicatorCategory;
import org.jiulongpo.plan.indicators.indicator.IndicatorKind;
import org.jiulongpo.plan.indicators.indicator.IndicatorPlanValue;
import org.jiulongpo.plan.indicators.indicator.LoadedIndicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.indicator.mapping.CategoryView;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorMapper;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorSearchResults;
import org.jiulongpo.plan.indicators.indicator.mapping.IndicatorView;
import org.jiulongpo.plan.indicators.indicator.mapping.ProgressView;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.Goal;
import org.jiulongpo.plan.indicators.progress.OutcomeAssessor;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.Progress;
import org.jiulongpo.plan.indicators.progress.ProgressCalculator;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.ValueType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Reads indicators with everything their representation needs, in a fixed number of queries
 * whatever the number of indicators: the indicators, their plan values, their current
 * observations (three statements, and only when the data version moved; the categories are one
 * more, once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    /** List filters; null means "any". {@code sourceElements}: exact element ids, any of them. */
    public record Filter(Plan plan, IndicatorKind kind, Attribute attribute, String category, Direction direction,
            ValueType valueType, ProgressStatus status, Set<String> sourceElements, SearchQuery q,
            OffsetDateTime updatedSince) {
    }

    private final PerDataVersion<List<LoadedIndicator>> all = new PerDataVersion<>();
    private final ObservedValues observedValues;
    private final IndicatorSearch search;
    private volatile Map<String, IndicatorCategory> categories;

    public IndicatorService(ObservedValues observedValues, IndicatorSearch search) {
        this.observedValues = observedValues;
        this.search = search;
    }

    /** Moves whenever any indicator changes: the version part of collection ETags. */
    public long dataVersion() {
        Object[] row = (Object[]) Indicator.getEntityManager()
                .createQuery("select coalesce(sum(i.version), 0), count(i) from Indicator i").getSingleResult();
        return ((Number) row[0]).longValue() * 1_000 + ((Number) row[1]).longValue();
    }

    /** The indicator (for the version its ETags are made of), or 404. */
    public Indicator require(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    /** {@link #require}, and 404 for a fyp13 indicator: it has an assessment, not progress. */
    public Indicator requireWithProgress(String code) {
        Indicator indicator = require(code);
        if (indicator.plan != Plan.FYP14) {
            throw ProblemException.notFound("fyp13 indicators have an assessment of their 2020 outcome, not progress; "
                    + "see /api/v1/indicators/" + code);
        }
        return indicator;
    }

    /**
     * The indicator, locked until the transaction ends, or 404: writes of what its version covers
     * (its observations) take it, so that they are numbered and versioned one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Indicator lock(String code) {
        return tryLock(code).orElseThrow(() -> notFound(code));
    }

    /** As {@link #lock}, for callers that report an unknown code themselves (a bulk row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Indicator> tryLock(String code) {
        return Optional.ofNullable(Codes.wellFormed(code) ? Indicator.<Indicator>findById(code, LockModeType.PESSIMISTIC_WRITE) : null);
    }

    public boolean isCategory(String code) {
        return categories().containsKey(code);
    }

    /** One page of the indicators that pass {@code filter}, in table order. */
    public Page<IndicatorView> page(Filter filter, String cursor, int limit, Lang lang, long version) {
        Map<String, IndicatorCategory> categories = categories();
        return KeysetPaging.page(list(filter, version), IndicatorService::sortKey, cursor, limit)
                .map(l -> IndicatorMapper.toView(l, categories, lang));
    }

    /** The best {@code limit} indicators for {@code q}, as of {@code version}, with their rank and snippet. */
    public IndicatorSearchResults search(SearchQuery q, int limit, Lang lang, long version) {
        Map<String, LoadedIndicator> byCode = new HashMap<>();
        for (LoadedIndicator l : all(version)) {
            byCode.put(l.indicator().code, l);
        }
        List<IndicatorSearchResults.Hit> hits = new ArrayList<>();
        search.ranked(q, limit).forEach((code, rank) -> {
            LoadedIndicator l = byCode.get(code);
            if (l != null) {
                hits.add(IndicatorMapper.toHit(l, rank, q, lang));
            }
        });
        return new IndicatorSearchResults(q.text(), hits);
    }

    public IndicatorView view(String code, Lang lang) {
        return IndicatorMapper.toView(loaded(code), categories(), lang);
    }

    public ProgressView progress(String code, Lang lang) {
        return IndicatorMapper.toProgressView(loaded(code), lang);
    }

    /** Every category in plan and table order, with how many indicators it has. */
    public List<CategoryView> categories(Lang lang, long version) {
        Map<String, Long> counts = all(version).stream().map(l -> l.indicator().categoryCode)
                .filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return categories().values().stream()
                .sorted(Comparator.comparing((IndicatorCategory c) -> c.plan).thenComparingInt(c -> c.sortOrder))
                .map(c -> IndicatorMapper.toCategoryView(c, counts.getOrDefault(c.code, 0L).intValue(), lang))
                .toList();
    }

    /**
     * Every indicator with its values, observations and progress. The plan changes only through
     * writes, and every write moves the data version, so the loaded list is kept until the
     * version in PostgreSQL moves: one small query per request instead of three and the
     * arithmetic. Each instance checks the database's version, so instances never disagree.
     * {@code version} is the one the caller has just read for its ETag.
     */
    private List<LoadedIndicator> all(long version) {
        return all.get(version, () -> load(Indicator.<Indicator>find("order by plan, sortOrder, code").list()));
    }

    private List<LoadedIndicator> list(Filter filter, long version) {
        Set<String> matching = filter.q() == null ? null : search.matching(filter.q());
        return all(version).stream().filter(l -> {
            Indicator i = l.indicator();
            return (filter.plan() == null || filter.plan() == i.plan)
                    && (filter.kind() == null || filter.kind() == i.kind)
                    && (filter.sourceElements() == null || filter.sourceElements().contains(i.sourceElement))
                    && (filter.attribute() == null || filter.attribute() == i.attribute)
                    && (filter.category() == null || filter.category().equals(i.categoryCode))
                    && (filter.direction() == null || filter.direction() == i.direction)
                    && (filter.valueType() == null || filter.valueType() == i.valueType)
                    && (filter.updatedSince() == null || i.updatedAt.isAfter(filter.updatedSince()))
                    && (filter.status() == null || l.progress() != null && l.progress().status() == filter.status())
                    && (matching == null || matching.contains(i.code));
        }).toList();
    }

    /** Table order as a string that sorts the same way: what the list's cursor carries. */
    private static String sortKey(LoadedIndicator loaded) {
        Indicator i = loaded.indicator();
        return i.plan.code() + ":" + String.format("%08d", i.sortOrder) + ":" + i.code;
    }

    private LoadedIndicator loaded(String code) {
        return all(dataVersion()).stream().filter(l -> l.indicator().code.equals(code)).findFirst()
                .orElseThrow(() -> notFound(code));
    }

    private Optional<Indicator> find(String code) {
        if (!Codes.wellFormed(code)) {
            return Optional.empty();
        }
        return Indicator.findByIdOptional(code);
    }

    /** Category headings are plan data that only a migration changes: read once. */
    private Map<String, IndicatorCategory> categories() {
        Map<String, IndicatorCategory> cached = categories;
        if (cached == null) {
            Map<String, IndicatorCategory> map = new HashMap<>();
            IndicatorCategory.<IndicatorCategory>listAll().forEach(c -> map.put(c.code, c));
            categories = cached = Map.copyOf(map);
        }
        return cached;
    }

    private List<LoadedIndicator> load(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<String> codes = indicators.stream().map(i -> i.code).toList();
        Map<String, ValueType> types = indicators.stream().collect(Collectors.toMap(i -> i.code, i -> i.valueType));
        Map<String, Map<String, PlanValue>> values = new HashMap<>();
        IndicatorPlanValue.<IndicatorPlanValue>list("indicatorCode in ?1", codes).forEach(v -> values
                .computeIfAbsent(v.indicatorCode, k -> new HashMap<>())
                .put(v.kind, IndicatorMapper.toPlanValue(v, types.get(v.indicatorCode))));
        Map<String, SortedMap<Integer, BigDecimal>> observations = observedValues.current(codes);

        List<LoadedIndicator> result = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            Map<String, PlanValue> cells = values.getOrDefault(indicator.code, Map.of());
            SortedMap<Integer, BigDecimal> observed = observations.getOrDefault(indicator.code, new TreeMap<>());
            PlanValue baseline = cells.get("baseline");
            PlanValue target = cells.get("target");
            PlanValue outcome = cells.get("outcome");
            Progress progress = null;
            OutcomeAssessor.Result assessment = null;
            if (indicator.plan == Plan.FYP14) {
                progress = ProgressCalculator.evaluate(new Goal(indicator.valueType, indicator.direction,
                        indicator.attribute, baseline, target), observed);
            } else if (indicator.kind != IndicatorKind.TABLE_HEADING) {
                // a heading row only groups its # sub-rows: there is nothing of its own to assess
                assessment = OutcomeAssessor.assess(indicator.direction, target, outcome);
            }
            result.add(new LoadedIndicator(indicator, baseline, target, outcome, progress, assessment));
        }
        return result;
    }

    /** The code is cut to 60 characters: a path may be kilobytes long, and the detail repeats it. */
    private static ProblemException notFound(String code) {
        return ProblemException.notFound("No indicator has the code '"
                + (code.length() > 60 ? code.substring(0, 60) + "…" : code) + "'");
    }
}
