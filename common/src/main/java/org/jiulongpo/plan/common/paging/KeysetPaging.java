package org.jiulongpo.plan.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging over a list already sorted by a string key that sorts the same way (e.g.
 * {@code fyp14:00000030:fyp14-03}). The cursor carries the key of the last item served, so a
 * page starts right after it even if rows were added or removed in between.
 */
public final class KeysetPaging {

    private KeysetPaging() {
    }

    /** Rows fetched with one more than {@code limit}: the page's rows and whether more exist. */
    public record Slice<T>(List<T> items, boolean more) {
        public T last() {
            return items.get(items.size() - 1);
        }
    }

    /** Splits rows fetched as {@code limit + 1} into the page and the probe row's verdict. */
    public static <T> Slice<T> slice(List<T> fetched, int limit) {
        boolean more = fetched.size() > limit;
        return new Slice<>(more ? List.copyOf(fetched.subList(0, limit)) : fetched, more);
    }

    public static <T> Page<T> page(List<T> sorted, Function<T, String> sortKey, String cursor, int limit) {
        String after = cursor == null ? null : Cursors.decode(cursor, 1, "cursor").get(0);
        List<T> items = new ArrayList<>(Math.min(limit, sorted.size()));
        boolean more = false;
        for (T item : sorted) {
            if (after != null && sortKey.apply(item).compareTo(after) <= 0) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(item);
        }
        String next = more ? Cursors.encode(sortKey.apply(items.get(items.size() - 1))) : null;
        return new Page<>(items, next);
    }
}
