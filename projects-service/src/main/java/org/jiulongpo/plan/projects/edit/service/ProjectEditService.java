package org.jiulongpo.plan.projects.edit.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.projects.changelog.ChangeKind;
import org.jiulongpo.plan.projects.changelog.service.ChangeLog;
import org.jiulongpo.plan.projects.edit.rest.ProjectEdit;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.rest.ProjectView;
import org.jiulongpo.plan.projects.project.service.ProjectSearch;
import org.jiulongpo.plan.projects.project.service.ProjectService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Edits and removes project definitions under If-Match; the change feed reports each. */
@ApplicationScoped
public class ProjectEditService {

    private final ProjectService projects;
    private final ChangeLog changeLog;
    private final ProjectSearch search;

    public ProjectEditService(ProjectService projects, ChangeLog changeLog, ProjectSearch search) {
        this.projects = projects;
        this.changeLog = changeLog;
        this.search = search;
    }

    /**
     * Applies a JSON merge patch of the editable fields: a present key with a null value clears
     * an optional field. Answers the edited project.
     */
    @Transactional
    public ProjectView edit(String code, String ifMatch, Map<String, Object> patch, Lang lang) {
        Project p = projects.lockLive(code);
        ETags.requireCurrent(ifMatch, p.version, ProjectMapper.resource(code));
        for (Map.Entry<String, Object> field : patch.entrySet()) {
            apply(p, field.getKey(), field.getValue());
        }
        if ((p.latitude == null) != (p.longitude == null)) {
            throw ProblemException.invalid("coordinates", "latitude and longitude must be given together");
        }
        p.touch(now());
        search.refresh(code);
        changeLog.append(p, ChangeKind.EDIT, null);
        return projects.view(p, lang);
    }

    /** Soft delete: the feed reports a tombstone. */
    @Transactional
    public void remove(String code, String ifMatch) {
        Project p = projects.lockLive(code);
        ETags.requireCurrent(ifMatch, p.version, ProjectMapper.resource(code));
        p.touch(now());
        p.deletedAt = p.updatedAt;
        changeLog.append(p, ChangeKind.REMOVAL, null);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void apply(Project p, String field, Object value) {
        switch (field) {
            case "nameZh" -> p.nameZh = requiredText(field, value, ProjectEdit.NAME_ZH_MAX);
            case "nameEn" -> p.nameEn = requiredText(field, value, ProjectEdit.NAME_EN_MAX);
            case "locationZh" -> p.locationZh = optionalText(field, value, ProjectEdit.LOCATION_ZH_MAX);
            case "locationEn" -> p.locationEn = optionalText(field, value, ProjectEdit.LOCATION_EN_MAX);
            case "latitude" -> p.latitude = coordinate(field, value, 90);
            case "longitude" -> p.longitude = coordinate(field, value, 180);
            default -> throw ProblemException.invalid(field, "is not editable; editable fields: nameZh, nameEn, "
                    + "locationZh, locationEn, latitude, longitude");
        }
    }

    private static String requiredText(String field, Object value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw ProblemException.invalid(field, "must not be empty");
        }
        return text;
    }

    private static String optionalText(String field, Object value, int max) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw ProblemException.invalid(field, "must be a string");
        }
        String text = s.strip();
        if (text.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw ProblemException.invalid(field, "must not contain control characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal coordinate(String field, Object value, int bound) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw ProblemException.invalid(field, "must be a number");
        }
        BigDecimal d = new BigDecimal(n.toString());
        if (d.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
            throw ProblemException.invalid(field, "must be between -" + bound + " and " + bound);
        }
        return d.setScale(6, RoundingMode.HALF_UP);
    }
}
