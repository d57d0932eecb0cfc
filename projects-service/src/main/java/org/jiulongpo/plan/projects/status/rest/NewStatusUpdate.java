package org.jiulongpo.plan.projects.status.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of a status update. */
@Schema(name = "NewStatusUpdate", description = "A reported state of a project")
public record NewStatusUpdate(
        @Schema(description = "not_started, preliminary_work, under_construction, completed, suspended or cancelled", examples = "under_construction", required = true)
        @NotNull @Pattern(regexp = "not_started|preliminary_work|under_construction|completed|suspended|cancelled",
                message = "must be one of not_started, preliminary_work, under_construction, completed, suspended, cancelled")
        String status,
        @Schema(description = "Absent when the source states no percentage for the whole project; the project then has no "
                + "progress figure until a report states one", minimum = "0", maximum = "100", examples = "35")
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        Integer progressPercent,
        @Schema(description = "What was observed", examples = "主体结构施工中,完成投资约35%")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String note,
        @Schema(description = "When the reporter observed this state (ISO-8601 with offset); not in the future", examples = "2026-11-20T10:00:00+08:00", required = true)
        @NotNull OffsetDateTime reportedAt,
        @Schema(description = "A public http(s) link to evidence (a notice, a photo)", examples = "https://www.cqjlp.gov.cn/notice/2026-11-20")
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s\\u0000]+", message = "must be an http or https URL") String evidenceUrl,
        @Schema(description = "The public source that states this status", required = true)
        @NotNull @Valid StatusReportSource source,
        @Schema(description = "provisional (the source may still revise it) or final", examples = "final", required = true)
        @NotNull @Pattern(regexp = "provisional|final", message = "must be provisional or final") String basis,
        @Schema(description = "Why this report revises an earlier one (a correction, a later source)", examples = "来源更正了开工日期")
        @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String revisionReason,
        @Schema(description = "false when the source speaks of something other than the project as the plan defines it "
                + "(a section, another scope): then note says how, and the report is kept in the history without "
                + "changing the project's status or progress. Default true", examples = "true")
        Boolean comparable) {

    /** A report is comparable unless it says otherwise. */
    public boolean comparableOrDefault() {
        return comparable == null || comparable;
    }
}
