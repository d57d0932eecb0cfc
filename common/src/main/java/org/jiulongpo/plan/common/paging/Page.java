package org.jiulongpo.plan.common.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a collection. {@code nextCursor} is absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * A page from rows fetched with one more than {@code limit}: the extra row only says that
     * another page exists, and the cursor is made from the last row served.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        KeysetPaging.Slice<T> slice = KeysetPaging.slice(fetched, limit);
        return new Page<>(slice.items(), slice.more() ? Cursors.encode(cursorOf.apply(slice.last())) : null);
    }

    /** The same items, each mapped (entity to view); the cursor stays. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
