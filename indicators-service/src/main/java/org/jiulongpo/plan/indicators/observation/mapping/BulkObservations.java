package org.jiulongpo.plan.indicators.observation.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of a JSON bulk submission; the body itself is read row by row (BulkReader). */
@Schema(name = "BulkObservations", description = "Up to " + BulkReader.MAX_ROWS + " observations, written all or none")
public record BulkObservations(
        @Schema(required = true, minItems = 1, maxItems = BulkReader.MAX_ROWS) List<ObservationRow> items) {
}
