package org.jiulongpo.plan.common.codes;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link CodedValue} enum as its wire code ({@code under_construction}), the same text
 * the API speaks, so that the database reads like the API. Each service declares one
 * {@code @Converter(autoApply = true)} subclass per enum its entities hold.
 */
public abstract class CodedValueConverter<E extends Enum<E> & CodedValue> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedValueConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : CodedValue.fromCode(type, code);
    }
}
