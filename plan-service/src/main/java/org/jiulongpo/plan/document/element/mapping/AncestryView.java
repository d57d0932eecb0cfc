package org.jiulongpo.plan.document.element.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAncestry", description = "The elements an element is printed in, the top-level one first and the element itself last")
public record AncestryView(List<ElementView> items) {
}
