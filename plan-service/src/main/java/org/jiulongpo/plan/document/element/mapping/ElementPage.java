package org.jiulongpo.plan.document.element.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The schema of a page of elements (the body itself is a common Page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanElementPage", description = "A page of elements in document order; nextCursor is absent on the last page")
public record ElementPage(List<ElementView> items,
        @Schema(description = "Pass as cursor to get the next page") String nextCursor) {
}
