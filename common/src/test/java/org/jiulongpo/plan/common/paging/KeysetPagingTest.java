package org.jiulongpo.plan.common.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class KeysetPagingTest {

    @Test
    void aSliceServesAtMostTheLimitAndSaysWhetherMoreExist() {
        KeysetPaging.Slice<Integer> more = KeysetPaging.slice(List.of(1, 2, 3), 2);
        assertThat(more.items()).containsExactly(1, 2);
        assertThat(more.more()).isTrue();
        assertThat(more.last()).isEqualTo(2);

        KeysetPaging.Slice<Integer> exact = KeysetPaging.slice(List.of(1, 2), 2);
        assertThat(exact.items()).containsExactly(1, 2);
        assertThat(exact.more()).isFalse();

        KeysetPaging.Slice<Integer> none = KeysetPaging.slice(List.of(), 2);
        assertThat(none.items()).isEmpty();
        assertThat(none.more()).isFalse();
    }

    @Test
    void followingTheCursorsServesEveryRowOnceInOrder() {
        List<String> sorted = List.of("fyp14:01:a", "fyp14:02:b", "fyp14:03:c", "fyp14:04:d", "fyp14:05:e");
        List<String> served = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<String> page = KeysetPaging.page(sorted, Function.identity(), cursor, 2);
            served.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(served).isEqualTo(sorted);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aPageStartsAfterTheLastRowServedEvenWhenThatRowIsGone() {
        String cursor = KeysetPaging.page(List.of("a", "b", "c", "d"), Function.identity(), null, 2).nextCursor();
        assertThat(KeysetPaging.page(List.of("a", "c", "d"), Function.identity(), cursor, 2).items())
                .containsExactly("c", "d");
        assertThat(KeysetPaging.page(List.of("a", "a2", "b", "c", "d"), Function.identity(), cursor, 2).items())
                .containsExactly("c", "d");
    }
}
