package org.jiulongpo.plan.projects.status.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The schema of a page of history (the body itself is a common {@code Page<StatusUpdateView>}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusUpdatePage", description = "Newest first; nextCursor is absent on the last page")
public record StatusUpdatePage(List<StatusUpdateView> items, String nextCursor) {
}
