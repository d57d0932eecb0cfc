package org.jiulongpo.plan.projects.project.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectSubcategoryList")
public record SubcategoryList(List<SubcategoryView> items) {
}
