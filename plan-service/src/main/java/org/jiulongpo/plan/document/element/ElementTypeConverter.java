package org.jiulongpo.plan.document.element;

import org.jiulongpo.plan.common.codes.CodedValueConverter;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ElementTypeConverter extends CodedValueConverter<ElementType> {

    public ElementTypeConverter() {
        super(ElementType.class);
    }
}
