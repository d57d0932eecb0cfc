package org.jiulongpo.plan.indicators.observation.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of the current observations; the body itself is written from common's {@code Page}. */
@Schema(name = "ObservationList", description = "At most one item per year")
public record ObservationList(List<ObservationView> items) {
}
