package org.jiulongpo.plan.projects.status.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a status report comes from: enough to find the source and the words in it that state the status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusReportSource", description = "The public source that states the reported status")
public record StatusReportSource(
        @Schema(description = "The source's title as printed", examples = "白市驿隧道动工了!连接白市驿片区与华岩片区", required = true)
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String title,
        @Schema(description = "Who published it", examples = "重庆市人民政府网", required = true)
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String publisher,
        @Schema(description = "The publication date the source prints; absent when it prints none. Not in the future", examples = "2022-04-11")
        LocalDate publishedOn,
        @Schema(description = "An http(s) address of the source", examples = "https://www.cq.gov.cn/zwgk/zfxxgkzl/fdzdgknr/zdxm/dtxx/202204/t20220411_10605134.html", required = true)
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s\\u0000]+", message = "must be an http or https URL") String url,
        @Schema(description = "The short phrase of the source that states the status, copied as printed", examples = "备受市民关注的白市驿隧道已经动工", required = true)
        @NotBlank @Size(max = 1000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters") String phrase) {
}
