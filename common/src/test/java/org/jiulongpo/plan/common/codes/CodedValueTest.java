package org.jiulongpo.plan.common.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiulongpo.plan.common.problem.Problems.invalid;

import org.jiulongpo.plan.common.problem.Problem;
import org.junit.jupiter.api.Test;

class CodedValueTest {

    record Entry(String code, String labelZh, String labelEn) {
    }

    @Test
    void theWireFormIsLowerSnakeCase() {
        assertThat(Stage.UNDER_CONSTRUCTION.code()).isEqualTo("under_construction");
    }

    @Test
    void aCodeListHasOneEntryPerValueInDeclarationOrder() {
        assertThat(CodedValue.entries(Stage.values(), Entry::new)).containsExactly(
                new Entry("planned", "规划", "Planned"),
                new Entry("under_construction", "在建", "Under construction"),
                new Entry("completed", "建成", "Completed"));
    }

    @Test
    void aFilterParsesItsCodeAndAbsentMeansNoFilter() {
        assertThat(CodedValue.parse(Stage.class, "under_construction", "stage")).isEqualTo(Stage.UNDER_CONSTRUCTION);
        assertThat(CodedValue.parse(Stage.class, null, "stage")).isNull();
        assertThat(CodedValue.parse(Stage.class, " ", "stage")).isNull();
    }

    @Test
    void anUnknownCodeIsA400ListingTheAllowedOnes() {
        Problem problem = invalid(() -> CodedValue.parse(Stage.class, "building", "stage"), "stage");
        assertThat(problem.errors().get(0).message())
                .isEqualTo("must be one of planned, under_construction, completed");
        // the Java constant name is not the wire form
        invalid(() -> CodedValue.parse(Stage.class, "UNDER_CONSTRUCTION", "stage"), "stage");
    }

    @Test
    void aStoredCodeReadsBackAndAnUnknownOneIsAServerFault() {
        assertThat(CodedValue.fromCode(Stage.class, "completed")).isEqualTo(Stage.COMPLETED);
        assertThatThrownBy(() -> CodedValue.fromCode(Stage.class, "demolished"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Stage").hasMessageContaining("demolished");
    }
}
