package org.jiulongpo.plan.indicators.observation.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationRevisionList", description = "Newest first")
public record RevisionList(List<RevisionView> items) {
}
