package org.jiulongpo.plan.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ETagsTest {

    record Filter(String sector, String q, OffsetDateTime since) {
    }

    record Other(String sector, String q, OffsetDateTime since) {
    }

    private record Nested(Filter filter, int page) {
    }

    @Test
    void equalVariantsGiveEqualTagsAndAnyDifferenceAnother() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        String tag = ETags.strong(7, "projects", new Filter("transport", null, t), 50, Set.of("code"));
        assertThat(ETags.strong(7, "projects", new Filter("transport", null, t), 50, Set.of("code"))).isEqualTo(tag);
        assertThat(tag).matches("\"v7-[0-9a-f]{12}\"");

        List<String> others = List.of(
                ETags.strong(8, "projects", new Filter("transport", null, t), 50, Set.of("code")),
                ETags.strong(7, "projects", new Filter("energy", null, t), 50, Set.of("code")),
                ETags.strong(7, "projects", new Filter("transport", "", t), 50, Set.of("code")),
                ETags.strong(7, "projects", new Filter("transport", null, t.plusSeconds(1)), 50, Set.of("code")),
                ETags.strong(7, "projects", new Filter("transport", null, t), 51, Set.of("code")),
                ETags.strong(7, "projects", new Other("transport", null, t), 50, Set.of("code")),
                ETags.strong(7, "projects", null, 50, Set.of("code")));
        assertThat(others).doesNotContain(tag).doesNotHaveDuplicates();
    }

    @Test
    void noValueCanPoseAsABoundaryOrAsNull() {
        assertThat(ETags.hash(new Filter("a,b", "c", null))).isNotEqualTo(ETags.hash(new Filter("a", "b,c", null)));
        assertThat(ETags.hash("a", "bc")).isNotEqualTo(ETags.hash("ab", "c"));
        assertThat(ETags.hash(new Filter("null", null, null))).isNotEqualTo(ETags.hash(new Filter(null, null, null)));
        assertThat(ETags.hash("2:ab")).isNotEqualTo(ETags.hash("ab"));
    }

    @Test
    void recordsInsideRecordsAreReadComponentByComponentToo() {
        Filter a = new Filter("water", "印山湖", null);
        assertThat(ETags.hash(new Nested(a, 1))).isEqualTo(ETags.hash(new Nested(new Filter("water", "印山湖", null), 1)))
                .isNotEqualTo(ETags.hash(new Nested(a, 2)))
                .isNotEqualTo(ETags.hash(new Nested(new Filter("water", "印山", null), 1)));
    }
}
