package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SpecificityConverter extends CodedValueConverter<Specificity> {

    public SpecificityConverter() {
        super(Specificity.class);
    }
}
