package org.jiulongpo.plan.indicators.observation;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ObservationStatusConverter extends CodedValueConverter<ObservationStatus> {

    public ObservationStatusConverter() {
        super(ObservationStatus.class);
    }
}
