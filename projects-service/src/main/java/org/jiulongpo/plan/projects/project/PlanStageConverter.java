package org.jiulongpo.plan.projects.project;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PlanStageConverter extends CodedValueConverter<PlanStage> {

    public PlanStageConverter() {
        super(PlanStage.class);
    }
}
