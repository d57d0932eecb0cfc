package org.jiulongpo.plan.indicators.indicator;

import org.jiulongpo.plan.common.codes.CodedValueConverter;
import org.jiulongpo.plan.indicators.progress.Direction;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class DirectionConverter extends CodedValueConverter<Direction> {

    public DirectionConverter() {
        super(Direction.class);
    }
}
