package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;
import org.jiulongpo.plan.indicators.progress.Attribute;

import jakarta.persistence.Converter;

/** Named for the indicator's attribute (属性) so as not to read as JPA's AttributeConverter. */
@Converter(autoApply = true)
public class IndicatorAttributeConverter extends CodedValueConverter<Attribute> {

    public IndicatorAttributeConverter() {
        super(Attribute.class);
    }
}
