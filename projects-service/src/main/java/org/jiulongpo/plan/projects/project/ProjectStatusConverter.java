package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProjectStatusConverter extends CodedValueConverter<ProjectStatus> {

    public ProjectStatusConverter() {
        super(ProjectStatus.class);
    }
}
