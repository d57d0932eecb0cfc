package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SectorConverter extends CodedValueConverter<Sector> {

    public SectorConverter() {
        super(Sector.class);
    }
}
