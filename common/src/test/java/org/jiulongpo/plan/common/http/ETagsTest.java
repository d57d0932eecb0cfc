package org.jiulongpo.plan.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.problem.ProblemException;
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

    private static final String A = "/api/v1/projects/a";
    private static final String B = "/api/v1/projects/b";

    private static int statusOf(String ifMatch, long version, String resource) {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ETags.requireCurrent(ifMatch, version, resource));
        return e == null ? 200 : e.problem().status();
    }

    @Test
    void itemTagsNameTheirResourceAndStayDistinctPerRepresentation() {
        String zh = ETags.ofItem(3, A, Set.of(), Lang.ZH, "r1");
        assertThat(zh).matches("\"v3-[0-9a-f]{8}-[0-9a-f]{12}\"");
        assertThat(List.of(ETags.ofItem(3, A, Set.of(), Lang.EN, "r1"), ETags.ofItem(3, A, Set.of("code"), Lang.ZH, "r1"),
                ETags.ofItem(3, B, Set.of(), Lang.ZH, "r1"), ETags.ofItem(4, A, Set.of(), Lang.ZH, "r1")))
                .doesNotContain(zh).doesNotHaveDuplicates();
    }

    @Test
    void ifMatchPassesOnlyATagOfThisResourceAtItsCurrentVersion() {
        String zh = ETags.ofItem(0, A, Set.of(), Lang.ZH, "r1");
        assertThat(statusOf(zh, 0, A)).isEqualTo(200);
        assertThat(statusOf(ETags.ofItem(0, A, Set.of("code"), Lang.EN, "r1"), 0, A)).as("another representation")
                .isEqualTo(200);
        assertThat(statusOf("\"v9-x\", " + zh, 0, A)).as("one of a list").isEqualTo(200);
        assertThat(statusOf(zh, 0, B)).as("another project's tag").isEqualTo(412);
        assertThat(statusOf(zh, 1, A)).as("stale").isEqualTo(412);
        assertThat(statusOf("W/" + zh, 0, A)).as("weak").isEqualTo(412);
        assertThat(statusOf("\"v0\"", 0, A)).isEqualTo(412);
        assertThat(statusOf("\"v1-deadbeef\"", 1, A)).isEqualTo(412);
        assertThat(statusOf(ETags.strong(0, "project", "a"), 0, A)).as("a tag without resource part").isEqualTo(412);
        assertThat(statusOf(zh.replace("\"v0-", "\"v00-"), 0, A)).isEqualTo(412);
        assertThat(statusOf(null, 0, A)).isEqualTo(428);
        assertThat(statusOf(" ", 0, A)).isEqualTo(428);
    }

    @Test
    void ifMatchStarPassesForAnExistingResourceAsRfc9110Says() {
        assertThatCode(() -> ETags.requireCurrent(" * ", 5, A)).doesNotThrowAnyException();
        assertThat(statusOf("*, " + ETags.ofItem(4, A), 5, A)).as("* is only valid alone").isEqualTo(412);
    }

    @Test
    void aForeignTagIsToldApartFromAStaleOne() {
        String tag = ETags.ofItem(1, A);
        assertThat(catchThrowableOfType(ProblemException.class, () -> ETags.requireCurrent(tag, 2, A)).problem().detail())
                .contains("changed since you read it");
        assertThat(catchThrowableOfType(ProblemException.class, () -> ETags.requireCurrent(tag, 1, B)).problem().detail())
                .contains("not issued for this resource");
    }

    @Test
    void theTagOfTheCompressedRepresentationPassesIfMatchLikeThePlainOne() {
        String plain = ETags.ofItem(5, A, Set.of(), Lang.ZH);
        String gzip = RepresentationTags.withCoding(plain, "gzip");
        assertThat(statusOf(gzip, 5, A)).isEqualTo(200);
        assertThat(statusOf(RepresentationTags.withCoding(plain, "deflate"), 5, A)).isEqualTo(200);
        assertThat(statusOf(RepresentationTags.withCoding(ETags.ofItem(4, A), "gzip"), 5, A)).isEqualTo(412);
        assertThat(statusOf(RepresentationTags.withCoding(ETags.ofItem(5, B), "gzip"), 5, A)).isEqualTo(412);
        assertThat(statusOf(plain.substring(0, plain.length() - 1) + "-br\"", 5, A)).isEqualTo(412);
    }
}
