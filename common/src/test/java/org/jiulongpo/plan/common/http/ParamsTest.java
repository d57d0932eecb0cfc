package org.jiulongpo.plan.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @Test
    void elementIdsAreTrimmedKeptInOrderAndAbsentWhenBlank() {
        assertThat(Params.elementIds(" box-4/item-1, chp-16/sec-2/p-3 ,box-4/item-1", "sourceElement", 3))
                .containsExactly("box-4/item-1", "chp-16/sec-2/p-3");
        assertThat(Params.elementIds(null, "sourceElement", 3)).isNull();
        assertThat(Params.elementIds("  ", "sourceElement", 3)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "chp-12/p-1,,chp-12/p-2", "CHP-12", "chp-12/p-1;drop", "chp-12/", "/chp-12", "chp--12",
            "a/b/c/d/e/f/g" })
    void anIdOfAnotherShapeIs400NamingTheField(String value) {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> Params.elementIds(value, "sourceElement", 50));
        assertThat(e).isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("sourceElement"));
    }

    @Test
    void moreIdsThanTheMaximumAre400AndAnOverlongIdToo() {
        String four = IntStream.rangeClosed(1, 4).mapToObj(n -> "chp-" + n).collect(Collectors.joining(","));
        assertThat(Params.elementIds(four, "sourceElement", 4)).hasSize(4);
        assertThat(catchThrowableOfType(ProblemException.class, () -> Params.elementIds(four, "sourceElement", 3)))
                .isNotNull();
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> Params.elementIds("p-" + "1".repeat(79), "sourceElement", 3))).isNotNull();
    }
}
