package org.jiulongpo.plan.projects.codelists.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCodeLists")
public record CodeLists(List<Entry> sectors, List<Entry> kinds, List<Entry> specificities, List<Entry> planStages, List<Entry> statuses, List<Entry> changeKinds) {

    @Schema(name = "ProjectCodeListEntry")
    public record Entry(@Schema(examples = "under_construction") String code, @Schema(examples = "在建") String nameZh,
            @Schema(examples = "Under construction") String nameEn) {
    }
}
