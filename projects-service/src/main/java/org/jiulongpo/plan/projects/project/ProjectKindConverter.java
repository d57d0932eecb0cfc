package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProjectKindConverter extends CodedValueConverter<ProjectKind> {

    public ProjectKindConverter() {
        super(ProjectKind.class);
    }
}
