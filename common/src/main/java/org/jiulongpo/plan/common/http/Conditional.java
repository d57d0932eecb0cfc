package org.jiulongpo.plan.common.http;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

/**
 * The conditional GET of every read: the tag is computed first (cheap, from versions), and the
 * body is built only when the caller does not already hold that tag.
 */
public final class Conditional {

    private Conditional() {
    }

    /** 304 when {@code ifNoneMatch} lists {@code etag}; otherwise the answer {@code render} builds. */
    public static Response get(String ifNoneMatch, String etag, Supplier<Response> render) {
        if (ETags.noneMatchHits(ifNoneMatch, etag)) {
            return ETags.notModified(etag);
        }
        return render.get();
    }
}
