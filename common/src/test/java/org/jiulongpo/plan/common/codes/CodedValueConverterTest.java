package org.jiulongpo.plan.common.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodedValueConverterTest {

    static class StageConverter extends CodedValueConverter<Stage> {
        StageConverter() {
            super(Stage.class);
        }
    }

    private final StageConverter converter = new StageConverter();

    @Test
    void theColumnHoldsTheSameCodeTheApiSpeaks() {
        for (Stage stage : Stage.values()) {
            String column = converter.convertToDatabaseColumn(stage);
            assertThat(column).isEqualTo(stage.code());
            assertThat(converter.convertToEntityAttribute(column)).isEqualTo(stage);
        }
        assertThat(converter.convertToDatabaseColumn(Stage.UNDER_CONSTRUCTION)).isEqualTo("under_construction");
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aColumnValueOutsideTheEnumFailsLoudly() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("UNDER_CONSTRUCTION"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNDER_CONSTRUCTION");
    }
}
