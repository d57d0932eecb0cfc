package org.jiulongpo.plan.projects.status.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of a JSON bulk submission (the body is read as a tree: StatusBatchInput). */
@Schema(name = "StatusBatch", description = "Many status reports in one request, checked as a whole")
public record StatusBatch(@Schema(required = true, minItems = 1, maxItems = 1000) List<StatusBatchRow> items) {
}
