package org.jiulongpo.plan.document.element;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "front", "front/p-1", "part-4", "part-4/p-1", "chp-16", "chp-12/p-3", "chp-16/sec-1",
            "chp-16/sec-1/p-2", "box-4", "box-4/item-1", "box-1/header", "box-1/group-6", "box-1/p-1", "chp-60/sec-3/p-2" })
    void theIdsOfThePlanAreWellFormed(String id) {
        assertThat(ElementIds.wellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "chp", "chp-", "chp-0", "chp-016", "CHP-16", "chp-16/", "/chp-16", "chp-16//sec-1",
            "chp-16/sec-1/sec-2", "part-4/sec-1", "box-4/item-0", "box-4/sec-1", "front/item-1", "chp-16/p-1/p-2",
            "chp-16 ", "chp-16\u0000", "chp-16/../chp-17", "chp-1234", "box-1/header/p-1", "第十六章" })
    void anythingElseIsNoElement(String id) {
        assertThat(ElementIds.wellFormed(id)).isFalse();
    }

    @Test
    void nullAndOverlongAreNoElement() {
        assertThat(ElementIds.wellFormed(null)).isFalse();
        assertThat(ElementIds.wellFormed("chp-16/sec-1/p-" + "1".repeat(40))).isFalse();
    }
}
