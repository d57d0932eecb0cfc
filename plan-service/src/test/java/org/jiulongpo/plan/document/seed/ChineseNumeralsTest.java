package org.jiulongpo.plan.document.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({ "一,1", "九,9", "十,10", "十六,16", "二十,20", "二十一,21", "四十五,45", "六十,60", "九十九,99",
            "一百,100", "一百零五,105", "一百〇九,109", "一百一十,110", "一百零九,109" })
    void readsTheNumeralsOfTheHeadings(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "零", "〇", "十十", "一一", "百", "一百零", "一百零十", "二十零", "十一百", "16", "第十六", "十六章" })
    void refusesWhatIsNoSuchNumeral(String text) {
        assertThatThrownBy(() -> ChineseNumerals.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }
}
