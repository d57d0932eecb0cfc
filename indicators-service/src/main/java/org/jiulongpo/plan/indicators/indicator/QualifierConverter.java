package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;
import org.jiulongpo.plan.indicators.progress.Qualifier;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class QualifierConverter extends CodedValueConverter<Qualifier> {

    public QualifierConverter() {
        super(Qualifier.class);
    }
}
