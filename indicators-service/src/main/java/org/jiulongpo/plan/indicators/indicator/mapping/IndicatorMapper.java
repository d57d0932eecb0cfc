package org.jiulongpo.plan.indicators.indicator.mapping;

import java.util.Map;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.indicators.indicator.Indicator;
import org.jiulongpo.plan.indicators.indicator.IndicatorCategory;
import org.jiulongpo.plan.indicators.indicator.LoadedIndicator;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.progress.Progress;

/** Entity (with what was loaded for it) to the API's record. */
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
                new IndicatorView.Source(i.sourceColumn, i.sourceChapter, i.sourceQuote, i.sourceLine),
                i.readingNote,
                i.updatedAt,
                i.version);
    }

    static IndicatorView.ProgressSummary summary(Progress p, Lang lang) {
        if (p == null) {
            return null;
        }
        return new IndicatorView.ProgressSummary(p.status(), p.breachRisk(), p.progressRatio(),
                p.latest() == null ? null : p.latest().year(),
                p.latest() == null ? null : p.latest().observed(),
                lang.pick(p.explanationZh(), p.explanationEn()));
    }
}
