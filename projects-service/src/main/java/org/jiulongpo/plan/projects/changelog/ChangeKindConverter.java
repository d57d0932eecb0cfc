package org.jiulongpo.plan.projects.changelog;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ChangeKindConverter extends CodedValueConverter<ChangeKind> {

    public ChangeKindConverter() {
        super(ChangeKind.class);
    }
}
