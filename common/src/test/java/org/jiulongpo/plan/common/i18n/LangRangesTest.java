package org.jiulongpo.plan.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LangRangesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "en|EN", "zh|ZH", "en-US|EN", "zh-Hans-CN|ZH", "EN-gb|EN",
            "'en;q=0.8, zh;q=0.5'|EN", "'zh;q=0.9,en;q=0.95'|EN", "'en;q=0.5,zh'|ZH", "'fr, en;q=0.1'|EN",
            "'en ; q=1.000'|EN", "'en;Q=0.3'|EN", "'en;q=0'|ZH", "*|ZH", "fr|ZH" })
    void readsLanguageRangesAndWeights(String header, Lang expected) {
        assertThat(Lang.resolve(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "xx;q=abc,,;", ";", ",", ";;;", ",;,", "en;q=abc", "en;q=1.5", "en;q=-1", "en;q=NaN",
            "en;q=Infinity", "en;q=0.0001", "en;q=", "en;", "en-", "-en", "e n", "en_US", "\u4e2d\u6587", "en;q=1e0",
            "en;q=0.5;q=0.9", "\t", "en;q=0x1" })
    void anUnreadableHeaderOrRangeIsIgnoredNeverAnError(String header) {
        assertThat(Lang.resolve(header)).isEqualTo(Lang.ZH);
    }
}
