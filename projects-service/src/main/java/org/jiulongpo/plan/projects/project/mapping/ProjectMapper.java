package org.jiulongpo.plan.projects.project.mapping;

import java.util.Map;
import java.util.Set;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.ProjectSubcategory;
import org.jiulongpo.plan.projects.project.rest.ProjectView;
import org.jiulongpo.plan.projects.project.rest.SubcategoryView;

/** Entities to the API's records. */
public final class ProjectMapper {

    private ProjectMapper() {
    }

    public static ProjectView toView(Project p, Map<String, ProjectSubcategory> subcategories, Lang lang) {
        ProjectSubcategory sub = subcategories.get(p.subcategoryCode);
        return new ProjectView(p.code, lang.pick(p.nameZh, p.nameEn), p.nameZh, p.nameEn, p.sector,
                sub == null ? null : new ProjectView.SubcategoryRef(sub.code, lang.pick(sub.nameZh, sub.nameEn),
                        sub.nameZh, sub.nameEn),
                p.kind, p.specificity, p.planStage, p.planStagePhrase,
                p.locationZh == null ? null : lang.pick(p.locationZh, p.locationEn), p.locationZh, p.locationEn,
                p.latitude == null || p.longitude == null ? null
                        : new ProjectView.Coordinates(p.latitude.stripTrailingZeros(), p.longitude.stripTrailingZeros()),
                p.status, p.progressPercent, p.lastReportedAt, p.updatedAt,
                p.version, new ProjectView.ProjectSource(p.sourceColumn, p.sourceChapter, p.sourceQuote, p.sourceLine,
                        p.sourceElement),
                p.readingNote);
    }

    public static SubcategoryView toView(ProjectSubcategory s, int projectCount, Lang lang) {
        return new SubcategoryView(s.code, s.sector.code(), lang.pick(s.nameZh, s.nameEn), s.nameZh, s.nameEn,
                projectCount);
    }

    /** What a project's ETags name, so that If-Match can tell this project's tags from another's. */
    public static String resource(String code) {
        return "/api/v1/projects/" + code;
    }

    /**
     * The ETag of one representation of a project (its version, projection and language). Any
     * representation's tag of the project's current version passes If-Match; a status update's
     * {@code projectEtag} is the one of the Chinese, unprojected representation.
     */
    public static String etag(String code, long version, Set<String> projection, Lang lang,
            String representationVersion) {
        return ETags.ofItem(version, resource(code), projection, lang, representationVersion);
    }
}
