package org.jiulongpo.plan.projects.project.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A column heading with the number of live projects under it. */
@Schema(name = "ProjectSubcategory")
public record SubcategoryView(@Schema(examples = "transport-metro") String code,
        @Schema(examples = "transport") String sector, @Schema(examples = "轨道") String name,
        String nameZh, @Schema(examples = "Rail transit") String nameEn, @Schema(examples = "7") int projectCount) {
}
