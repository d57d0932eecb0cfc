package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;
import org.jiulongpo.plan.indicators.progress.ValueType;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ValueTypeConverter extends CodedValueConverter<ValueType> {

    public ValueTypeConverter() {
        super(ValueType.class);
    }
}
