package org.jiulongpo.plan.indicators.observation.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a figure was published, with the phrase that states it, so that a reader can find it
 * there. The same shape as a status report's source in projects-service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ObservationSource", description = "Where the figure was published, and the phrase of the source that states it")
public record ObservationSource(
        @Schema(description = "The title of the publication or page", examples = "2022年重庆市国民经济和社会发展统计公报", required = true)
        @NotBlank(message = "is required") @Size(max = 500) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters")
        String title,
        @Schema(description = "Who published it", examples = "重庆市统计局 国家统计局重庆调查总队", required = true)
        @NotBlank(message = "is required") @Size(max = 500) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters")
        String publisher,
        @Schema(description = "The publication date the source prints; absent where it prints none. Not in the future (China time)", examples = "2023-03-17")
        LocalDate publishedOn,
        @Schema(description = "An http(s) address of the source", examples = "https://cq.gov.cn/zwgk/zfxxgkml/sjfb_120853/tjgb/202303/t20230320_11785098.html", required = true)
        @NotBlank(message = "is required") @Size(max = 2000)
        @Pattern(regexp = "https?://[^\\s\\u0000]+", message = "must be an http or https URL") String url,
        @Schema(description = "The short phrase of the source that states the figure, copied as printed", examples = "初步核算,全年实现地区生产总值29129.03亿元", required = true)
        @NotBlank(message = "is required") @Size(max = 2000) @Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters")
        String phrase) {
}
