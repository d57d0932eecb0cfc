package org.jiulongpo.plan.common.cache;

import java.util.function.Supplier;

/**
 * A value computed from a service's data and kept for as long as the data version it was read
 * at (the service's {@code dataVersion()}, read from PostgreSQL on every request) stays the
 * same. Every write moves the version in the database, so every instance of a service sees the
 * change on its next request: nothing a guarantee needs moves into memory, only the work of
 * reloading unchanged rows is saved (docs/performance.md, tuning (1)).
 *
 * <p>Two requests that see a new version at once may both load; the last one kept wins. Both
 * loaded the same version, so either is right.
 */
public final class PerDataVersion<T> {

    private record Kept<T>(long version, T value) {
    }

    private volatile Kept<T> kept;

    /** The value kept for {@code version}, or what {@code load} returns, then kept for it. */
    public T get(long version, Supplier<T> load) {
        Kept<T> current = kept;
        if (current != null && current.version() == version) {
            return current.value();
        }
        T value = load.get();
        kept = new Kept<>(version, value);
        return value;
    }
}
