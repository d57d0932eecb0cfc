package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IndicatorKindConverter extends CodedValueConverter<IndicatorKind> {

    public IndicatorKindConverter() {
        super(IndicatorKind.class);
    }
}
