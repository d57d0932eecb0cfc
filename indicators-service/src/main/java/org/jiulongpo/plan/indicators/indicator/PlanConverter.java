package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PlanConverter extends CodedValueConverter<Plan> {

    public PlanConverter() {
        super(Plan.class);
    }
}
