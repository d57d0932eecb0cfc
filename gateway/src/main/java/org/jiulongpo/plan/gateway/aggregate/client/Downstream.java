package org.jiulongpo.plan.gateway.aggregate.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of the services' answers the aggregates read. Unknown fields are ignored, so that a
 * service may add fields without breaking the gateway; fields a projection may leave out are
 * boxed, so that their absence is not an error.
 */
public final class Downstream {

    private Downstream() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String status, Boolean breachRisk, BigDecimal progressRatio, Integer latestYear,
            BigDecimal latestValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String plan, String kind, String name, String nameZh, String nameEn,
            String attribute, String unit, Progress progress, String assessment, String relatedCode,
            OffsetDateTime updatedAt, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorPage(List<Indicator> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LatestUpdate(long id, String projectCode, String projectNameZh, String projectNameEn, String status,
            String previousStatus, Integer progressPercent, OffsetDateTime reportedAt, OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectStats(Map<String, Map<String, Long>> bySectorAndStatus, Map<String, Long> byPlanStage,
            Map<String, Long> bySector, long total, OffsetDateTime lastUpdatedAt, List<LatestUpdate> latestUpdates) {
    }


    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorHit(String code, String plan, String name, String nameZh, String nameEn, String status,
            String assessment, double rank, String snippet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorHits(List<IndicatorHit> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectHit(String code, String name, String nameZh, String nameEn, String sector, String status,
            double rank, String snippet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectHits(List<ProjectHit> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ElementHit(String id, String type, String num, String title, String titleZh, String titleEn,
            String citation, double rank, String snippet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ElementHits(List<ElementHit> items) {
    }

    /** Where an indicator or a project comes from; only the plan element is read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String element) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CitingIndicator(String code, String plan, String kind, String name, String nameZh, String nameEn,
            String attribute, String unit, Progress progress, String assessment, String relatedCode, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CitingIndicators(List<CitingIndicator> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CitingProject(String code, String name, String nameZh, String nameEn, String sector, String kind,
            String specificity, String status, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CitingProjects(List<CitingProject> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Element(String id, String type, String num, String title, String titleZh, String titleEn,
            String citation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ElementPage(List<Element> items, String nextCursor) {
    }
}
