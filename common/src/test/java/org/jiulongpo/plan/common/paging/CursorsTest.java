package org.jiulongpo.plan.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiulongpo.plan.common.problem.Problems.invalid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jiulongpo.plan.common.problem.Problem;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorGivesBackTheSortKeyItWasMadeFrom() {
        String cursor = Cursors.encode("2026-01-31T08:00:00+08:00", "transport-rail-yukun-hsr");
        assertThat(Cursors.decode(cursor, 2, "cursor"))
                .containsExactly("2026-01-31T08:00:00+08:00", "transport-rail-yukun-hsr");
        assertThat(Cursors.decode(Cursors.encode("印山湖", ""), 2, "cursor")).containsExactly("印山湖", "");
    }

    @Test
    void aCursorTravelsInAQueryStringAsIs() {
        assertThat(Cursors.encode("fyp14:00000030:fyp14-03", "重庆")).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aTamperedCursorIsA400NamingTheParameter() {
        String cursor = Cursors.encode("fyp14-03");
        Problem problem = invalid(() -> Cursors.decode("A" + cursor.substring(1), 1, "after"), "after");
        assertThat(problem.errors().get(0).message()).isEqualTo("is not a cursor issued by this API");
        invalid(() -> Cursors.decode(cursor + "!", 1, "cursor"), "cursor");
        invalid(() -> Cursors.decode(raw("c2\u001ffyp14-03"), 1, "cursor"), "cursor");
    }

    @Test
    void aCursorLongerThan512CharactersIsRefusedUnread() {
        String longKey = "k".repeat(400);
        assertThat(Cursors.encode(longKey)).hasSizeGreaterThan(512);
        invalid(() -> Cursors.decode(Cursors.encode(longKey), 1, "cursor"), "cursor");
        assertThat(Cursors.decode(Cursors.encode("k".repeat(370)), 1, "cursor")).containsExactly("k".repeat(370));
    }

    @Test
    void aCursorOfAnotherCollectionIsRefused() {
        String twoParts = Cursors.encode("2026-01-31", "fyp14-03");
        invalid(() -> Cursors.decode(twoParts, 1, "cursor"), "cursor");
        invalid(() -> Cursors.decode(Cursors.encode("fyp14-03"), 2, "cursor"), "cursor");
        invalid(() -> Cursors.decode("", 1, "cursor"), "cursor");
    }

    @Test
    void aCursorCarryingControlCharactersIsRefused() {
        invalid(() -> Cursors.decode(Cursors.encode("fyp14\n03"), 1, "cursor"), "cursor");
        invalid(() -> Cursors.decode(Cursors.encode("fyp14\u000003"), 1, "cursor"), "cursor");
        invalid(() -> Cursors.decode(raw("c1\u001ffyp14\r"), 1, "cursor"), "cursor");
    }

    @Test
    void aNumericPartReadsAsANumberOrIsA400() {
        List<String> parts = Cursors.decode(Cursors.encode("42", "abc"), 2, "cursor");
        assertThat(Cursors.longPart(parts, 0, "cursor")).isEqualTo(42L);
        invalid(() -> Cursors.longPart(parts, 1, "cursor"), "cursor");
    }
}
