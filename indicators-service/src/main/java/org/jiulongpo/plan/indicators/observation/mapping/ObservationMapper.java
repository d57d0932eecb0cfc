package org.jiulongpo.plan.indicators.observation.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.indicators.observation.Observation;

/** Observation rows to the API's records. */
public final class ObservationMapper {

    private ObservationMapper() {
    }

    /**
     * The current revision of a year (now or as of a time): revisions are numbered from 1 without
     * gaps, so its number is also how many values the year has had.
     */
    public static ObservationView toView(Observation current) {
        return new ObservationView(current.indicatorCode, current.year, current.value.stripTrailingZeros(),
                current.basis, source(current), current.comparable, current.note, current.revision, current.revision,
                current.recordedBy, current.recordedAt, current.recordedAt);
    }

    /** Null for the rows migrated without a source (V11): there is nothing to show, not an empty source. */
    public static ObservationSource source(Observation o) {
        if (o.sourceTitle == null) {
            return null;
        }
        return new ObservationSource(o.sourceTitle, o.sourcePublisher, o.sourcePublishedOn, o.sourceUrl, o.sourcePhrase);
    }

    /** The path of a year's observation: its Location, and what its ETags name. */
    public static String resource(String code, int year) {
        return "/api/v1/indicators/" + code + "/observations/" + year;
    }

    /**
     * The ETag of a year's observation. Its version part is the revision shown, so a revision's
     * If-Match names the value it replaces, and writes to other years of the indicator leave it valid.
     */
    public static String etag(ObservationView observation, OffsetDateTime asOf, String representationVersion) {
        return ETags.ofItem(observation.revision(), resource(observation.indicatorCode(), observation.year()), asOf,
                representationVersion);
    }

    /** A year's revisions, given oldest first: its history, newest first, each with the value it replaced. */
    public static List<RevisionView> toHistory(List<Observation> oldestFirst) {
        List<RevisionView> views = new ArrayList<>(oldestFirst.size());
        Observation previous = null;
        for (Observation o : oldestFirst) {
            views.add(0, new RevisionView(o.revision, previous == null ? null : previous.value.stripTrailingZeros(),
                    o.value.stripTrailingZeros(), o.basis, source(o), o.comparable, o.note, o.revisionReason,
                    o.recordedBy, o.recordedAt, o.recordedAt));
            previous = o;
        }
        return views;
    }
}
