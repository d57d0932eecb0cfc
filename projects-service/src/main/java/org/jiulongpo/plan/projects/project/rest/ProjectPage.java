package org.jiulongpo.plan.projects.project.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The schema of a page of projects (the body itself is a common {@code Page<ProjectView>}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectPage", description = "A page of projects; nextCursor is absent on the last page")
public record ProjectPage(List<ProjectView> items, @Schema(description = "Pass as cursor to get the next page") String nextCursor) {
}
