package org.jiulongpo.plan.projects.project.mapping;

import java.util.Map;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectSubcategory;
import org.jiulongpo.plan.projects.project.rest.ProjectView;

/** Entity to the API's record. */
public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static ProjectView toView(Project p, Map<String, ProjectSubcategory> subcategories, Lang lang) {
        ProjectSubcategory sub = subcategories.get(p.subcategoryCode);
        return new ProjectView(p.code, lang.pick(p.nameZh, p.nameEn), p.nameZh, p.nameEn,
                p.sector,
                sub == null ? null : new ProjectView.SubcategoryRef(sub.code, lang.pick(sub.nameZh, sub.nameEn),
                        sub.nameZh, sub.nameEn),
                p.planStage, p.planStagePhrase,
                p.locationZh == null ? null : lang.pick(p.locationZh, p.locationEn), p.locationZh, p.locationEn,
                p.latitude == null || p.longitude == null ? null
                        : new ProjectView.Coordinates(p.latitude.stripTrailingZeros(), p.longitude.stripTrailingZeros()),
                p.status, p.progressPercent, p.lastReportedAt, p.updatedAt,
                p.version, new ProjectView.ProjectSource(p.sourceColumn, p.sourceChapter, p.sourceQuote, p.sourceLine),
                p.readingNote);
    }
}
