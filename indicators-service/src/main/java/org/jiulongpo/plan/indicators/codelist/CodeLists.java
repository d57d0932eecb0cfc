package org.jiulongpo.plan.indicators.codelist;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.indicators.indicator.IndicatorKind;
import org.jiulongpo.plan.indicators.indicator.Plan;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;
import org.jiulongpo.plan.indicators.progress.Assessment;
import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.ProgressStatus;
import org.jiulongpo.plan.indicators.progress.Qualifier;
import org.jiulongpo.plan.indicators.progress.ValueType;

/** Every enum of the indicator API with its labels: the one reader of all three features' codes. */
@Schema(name = "IndicatorCodeLists")
public record CodeLists(List<Entry> plans, List<Entry> kinds, List<Entry> attributes, List<Entry> directions, List<Entry> valueTypes,
        List<Entry> qualifiers, List<Entry> progressStatuses, List<Entry> assessments,
        List<Entry> observationStatuses) {

    @Schema(name = "CodeListEntry")
    public record Entry(@Schema(examples = "binding") String code, @Schema(examples = "约束性") String nameZh,
            @Schema(examples = "Binding (obligatory)") String nameEn) {
    }

    /** Code lists change only with the code, so they are built once. */
    public static final CodeLists ALL = new CodeLists(
            CodedValue.entries(Plan.values(), Entry::new),
            CodedValue.entries(IndicatorKind.values(), Entry::new),
            CodedValue.entries(Attribute.values(), Entry::new),
            CodedValue.entries(Direction.values(), Entry::new),
            CodedValue.entries(ValueType.values(), Entry::new),
            CodedValue.entries(Qualifier.values(), Entry::new),
            CodedValue.entries(ProgressStatus.values(), Entry::new),
            CodedValue.entries(Assessment.values(), Entry::new),
            CodedValue.entries(ObservationStatus.values(), Entry::new));
}
