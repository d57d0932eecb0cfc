package org.jiulongpo.plan.projects.edit.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The schema of a definition edit. The body is read as a map instead, because a merge patch
 * tells a field set to null (cleared) from a field left out (unchanged).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectEdit", description = "A JSON merge patch: only the fields present change; null clears location and coordinates")
public record ProjectEdit(@Schema(examples = "印山湖水库") String nameZh, @Schema(examples = "Yinshanhu Reservoir") String nameEn,
        @Schema(examples = "西彭镇") String locationZh, @Schema(examples = "Xipeng Town") String locationEn,
        @Schema(minimum = "-90", maximum = "90", examples = "29.3521") BigDecimal latitude,
        @Schema(minimum = "-180", maximum = "180", examples = "106.3025") BigDecimal longitude) {
}
