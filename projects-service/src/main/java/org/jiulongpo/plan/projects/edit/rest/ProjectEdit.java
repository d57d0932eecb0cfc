package org.jiulongpo.plan.projects.edit.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The schema of a definition edit. The body is read as a map instead, because a merge patch
 * tells a field set to null (cleared) from a field left out (unchanged). The lengths are the ones
 * {@code ProjectEditService} enforces, after trimming.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectEdit", description = "A JSON merge patch: only the fields present change; null clears location and coordinates")
public record ProjectEdit(
        @Schema(minLength = 1, maxLength = ProjectEdit.NAME_ZH_MAX, examples = "印山湖水库") String nameZh,
        @Schema(minLength = 1, maxLength = ProjectEdit.NAME_EN_MAX, examples = "Yinshanhu Reservoir") String nameEn,
        @Schema(maxLength = ProjectEdit.LOCATION_ZH_MAX, nullable = true, description = "null or empty clears it", examples = "西彭镇") String locationZh,
        @Schema(maxLength = ProjectEdit.LOCATION_EN_MAX, nullable = true, description = "null or empty clears it", examples = "Xipeng Town") String locationEn,
        @Schema(minimum = "-90", maximum = "90", nullable = true, description = "null clears it, with longitude", examples = "29.3521") BigDecimal latitude,
        @Schema(minimum = "-180", maximum = "180", nullable = true, description = "null clears it, with latitude", examples = "106.3025") BigDecimal longitude) {

    public static final int NAME_ZH_MAX = 200;
    public static final int NAME_EN_MAX = 300;
    public static final int LOCATION_ZH_MAX = 100;
    public static final int LOCATION_EN_MAX = 200;
}
