package org.jiulongpo.plan.common.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jiulongpo.plan.common.problem.ProblemException;

/**
 * An enumerated value of the API: its wire form is lower snake_case ({@code under_construction}),
 * and it carries Chinese and English labels for code lists and CSV. Enums implement it and
 * annotate {@link #code()} with {@code @JsonValue}.
 */
public interface CodedValue {

    String code();

    String labelZh();

    String labelEn();

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a query parameter or field; an unknown value answers 400 naming the field and the
     * allowed values (never 404, which is what JAX-RS does for a failed enum conversion).
     */
    static <E extends Enum<E> & CodedValue> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(CodedValue::code).collect(Collectors.joining(", ")));
    }

    /** Builds one code-list entry from a value's code and labels. */
    @FunctionalInterface
    interface EntryFactory<R> {
        R entry(String code, String labelZh, String labelEn);
    }

    /** A code list: one entry per value, in declaration order. */
    static <R> List<R> entries(CodedValue[] values, EntryFactory<R> factory) {
        return Arrays.stream(values).map(v -> factory.entry(v.code(), v.labelZh(), v.labelEn())).toList();
    }

    static <E extends Enum<E> & CodedValue> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code in the database: " + code);
    }
}
