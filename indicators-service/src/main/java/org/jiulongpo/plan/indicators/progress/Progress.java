package org.jiulongpo.plan.indicators.progress;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an indicator stands on its way from the 2020 baseline to the 2025 target.
 *
 * @param status        the verdict
 * @param breachRisk    a binding indicator that is at risk or off track
 * @param progressRatio share of the way from baseline to target covered by the latest value
 *                      (1 = target reached; for growth targets: running average / target)
 * @param latest        the latest observation the verdict rests on
 * @param trajectory    for each year 2020 to 2025: the value expected on a steady path, and the observation
 * @param formula       how the verdict is computed, with this indicator's numbers
 * @param explanationZh one line saying why, in Chinese
 * @param explanationEn the same in English
 */
public record Progress(ProgressStatus status, boolean breachRisk, BigDecimal progressRatio, Point latest,
        List<Point> trajectory, String formula, String explanationZh, String explanationEn) {

    /**
     * One year: {@code expected} on a steady path (for growth targets, the annual growth the
     * running average must keep), {@code observed} the current observation, {@code runningAverage}
     * for growth targets.
     */
    @Schema(name = "ProgressPoint")
    public record Point(@Schema(minimum = "2020", maximum = "2025") int year,
            @Schema(description = "null for the 2020 baseline of a per-year or growth target, and where no baseline number is stated", nullable = true) BigDecimal expected,
            @Schema(description = "null for a year without an observation", nullable = true) BigDecimal observed,
            @Schema(description = "Growth targets only, from their first observation on; null otherwise", nullable = true) BigDecimal runningAverage) {
    }
}
