package org.jiulongpo.plan.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLimitTest {

    @Test
    void aPageLimitDefaultsTo50AndIsCappedAt500() {
        assertThat(PageLimit.resolve(null)).isEqualTo(50);
        assertThat(PageLimit.resolve(" 7 ")).isEqualTo(7);
        assertThat(PageLimit.resolve("501")).isEqualTo(500);
        assertThat(PageLimit.resolve("99999999999999999999")).isEqualTo(500);
    }

    @Test
    void aBoundedCountTakesItsWholeRangeAndItsDefault() {
        assertThat(PageLimit.bounded(null, "latest", 5, 0, 50)).isEqualTo(5);
        assertThat(PageLimit.bounded("0", "latest", 5, 0, 50)).isZero();
        assertThat(PageLimit.bounded("50", "latest", 5, 0, 50)).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(strings = { "51", "99999999999999999999", "-1", "ten", "5.0" })
    void aBoundedCountOutsideItsRangeIs400NamingTheParameter(String value) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> PageLimit.bounded(value, "latest", 5, 0, 50));
        assertThat(e).isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("latest");
            assertThat(f.message()).contains("between 0 and 50");
        });
    }
}
