package org.jiulongpo.plan.indicators.observation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jiulongpo.plan.common.codes.CodedValue;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.indicators.observation.Observation;
import org.jiulongpo.plan.indicators.observation.ObservationStatus;
import org.jiulongpo.plan.indicators.observation.mapping.NewObservation;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationMapper;
import org.jiulongpo.plan.indicators.observation.mapping.ObservationSource;

/** What single and bulk writes of an observation check beyond its bean constraints, and the row they write. */
final class ObservationRules {

    /** Sources are dated in China: a bulletin of today in Chongqing is not in the future while UTC is still on yesterday. */
    static final ZoneId SOURCE_ZONE = ZoneId.of("Asia/Shanghai");

    private ObservationRules() {
    }

    /** The errors of a body that passed its bean constraints; {@code row} is null for a single write. */
    static List<Problem.FieldError> check(NewObservation body, Integer row) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate publishedOn = body.source().publishedOn();
        if (publishedOn != null && publishedOn.isAfter(LocalDate.now(SOURCE_ZONE))) {
            errors.add(new Problem.FieldError("source.publishedOn", "must not be in the future (China time)", row));
        }
        if (Boolean.FALSE.equals(body.comparable()) && (body.note() == null || body.note().isBlank())) {
            errors.add(new Problem.FieldError("note",
                    "is required when comparable is false: say how the source's definition differs from the indicator's", row));
        }
        return errors;
    }

    /** The row a body records as revision {@code revision} of its year. */
    static Observation revision(String code, NewObservation body, int revision, String principal, OffsetDateTime now) {
        Observation o = new Observation();
        o.indicatorCode = code;
        o.year = body.year();
        o.revision = revision;
        o.value = body.value();
        o.basis = CodedValue.parse(ObservationStatus.class, body.basis(), "basis");
        ObservationSource source = body.source();
        o.sourceTitle = source.title();
        o.sourcePublisher = source.publisher();
        o.sourcePublishedOn = source.publishedOn();
        o.sourceUrl = source.url();
        o.sourcePhrase = source.phrase();
        o.comparable = body.comparable();
        o.note = blankToNull(body.note());
        o.revisionReason = blankToNull(body.revisionReason());
        o.recordedBy = principal;
        o.recordedAt = now;
        return o;
    }

    /**
     * Whether a body says what the current revision already says: the value (at any scale), its
     * basis, its source, its comparability and its note. Such a row records nothing; the reason it
     * may give for a revision is about a change, and there is none.
     */
    static boolean unchanged(Observation current, NewObservation body) {
        return current.value.compareTo(body.value()) == 0
                && current.basis == CodedValue.parse(ObservationStatus.class, body.basis(), "basis")
                && Objects.equals(ObservationMapper.source(current), body.source())
                && current.comparable == body.comparable()
                && Objects.equals(current.note, blankToNull(body.note()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
