package org.jiulongpo.plan.indicators.observation.mapping;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a bulk row does to its year: a first value, a new revision, or nothing. */
public enum RowOutcome {
    NEW, REVISED, UNCHANGED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
