package org.jiulongpo.plan.indicators.indicator.mapping;

import java.util.Map;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.search.SearchQuery;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.IndicatorCategory;
import org.jiulongpo.plan.indicators.indicator.IndicatorPlanValue;
import org.jiulongpo.plan.indicators.indicator.LoadedIndicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.progress.PlanValue;
import org.jiulongpo.plan.indicators.progress.Progress;
import org.jiulongpo.plan.indicators.progress.ValueType;

/** Entities (with what was loaded for them) to the API's records. */
public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorView toView(LoadedIndicator loaded, Map<String, IndicatorCategory> categories, Lang lang) {
        Indicator i = loaded.indicator();
        IndicatorCategory category = i.categoryCode == null ? null : categories.get(i.categoryCode);
        boolean fyp14 = i.plan == Plan.FYP14;
        return new IndicatorView(
                i.code,
                i.plan,
                i.kind,
                i.seq,
                category == null ? null
                        : new IndicatorView.CategoryRef(category.code, lang.pick(category.nameZh, category.nameEn),
                                category.nameZh, category.nameEn),
                lang.pick(i.nameZh, i.nameEn), i.nameZh, i.nameEn,
                i.unitZh == null ? null : lang.pick(i.unitZh, i.unitEn), i.unitZh, i.unitEn,
                i.attribute,
                i.direction,
                i.valueType,
                fyp14 ? loaded.baseline() : null,
                loaded.target(),
                fyp14 ? null : loaded.outcome(),
                loaded.assessment() == null ? null : loaded.assessment().assessment(),
                loaded.assessment() == null ? null
                        : lang.pick(loaded.assessment().explanationZh(), loaded.assessment().explanationEn()),
                summary(loaded.progress(), lang),
                i.parentCode,
                i.relatedCode,
                new IndicatorView.Source(i.sourceColumn, i.sourceChapter, i.sourceQuote, i.sourceLine, i.sourceElement),
                i.readingNote,
                i.updatedAt,
                i.version);
    }

    /** A search hit: the snippet comes from the chosen language's name first, then the other, then the quoted text. */
    public static IndicatorSearchResults.Hit toHit(LoadedIndicator loaded, double rank, SearchQuery q, Lang lang) {
        Indicator i = loaded.indicator();
        String snippet = lang == Lang.EN ? q.snippet(i.nameEn, i.nameZh, i.sourceQuote)
                : q.snippet(i.nameZh, i.nameEn, i.sourceQuote);
        return new IndicatorSearchResults.Hit(i.code, i.plan, lang.pick(i.nameZh, i.nameEn), i.nameZh, i.nameEn,
                loaded.progress() == null ? null : loaded.progress().status(),
                loaded.assessment() == null ? null : loaded.assessment().assessment(), rank, snippet);
    }

    /** A fyp14 indicator's progress in full: {@code loaded.progress()} is never null for those. */
    public static ProgressView toProgressView(LoadedIndicator loaded, Lang lang) {
        Indicator i = loaded.indicator();
        Progress p = loaded.progress();
        return new ProgressView(i.code, lang.pick(i.nameZh, i.nameEn), i.attribute, i.direction, i.valueType,
                loaded.baseline(), loaded.target(), p.status(), p.breachRisk(), p.progressRatio(), p.latest(),
                p.trajectory(), p.formula(), lang.pick(p.explanationZh(), p.explanationEn()), p.explanationZh(),
                p.explanationEn());
    }

    public static CategoryView toCategoryView(IndicatorCategory c, int indicatorCount, Lang lang) {
        return new CategoryView(c.code, c.plan, lang.pick(c.nameZh, c.nameEn), c.nameZh, c.nameEn, indicatorCount);
    }

    /** {@code indicatorType}: what the cell holds unless it says otherwise. */
    public static PlanValue toPlanValue(IndicatorPlanValue v, ValueType indicatorType) {
        return new PlanValue(v.year, v.value == null ? null : v.value.stripTrailingZeros(), v.raw, v.qualifier,
                v.valueType == null ? indicatorType : v.valueType, v.note);
    }

    private static IndicatorView.ProgressSummary summary(Progress p, Lang lang) {
        if (p == null) {
            return null;
        }
        return new IndicatorView.ProgressSummary(p.status(), p.breachRisk(), p.progressRatio(),
                p.latest() == null ? null : p.latest().year(),
                p.latest() == null ? null : p.latest().observed(),
                lang.pick(p.explanationZh(), p.explanationEn()));
    }
}
