package org.jiulongpo.plan.projects.status.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jiulongpo.plan.common.http.Params;
import org.jiulongpo.plan.common.http.Representations.Format;
import org.jiulongpo.plan.common.paging.Cursors;
import org.jiulongpo.plan.common.paging.PageLimit;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The query of a page of status-update history, one project's or all projects': declared once
 * for both resources ({@code @BeanParam}) and read into typed values here.
 */
public class HistoryPageParams {

    @Parameter(description = "Only updates recorded after this ISO-8601 date-time")
    @QueryParam("updatedSince")
    String updatedSince;

    @Parameter(description = "Page size, 1 to 500 (default 50)")
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from nextCursor")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "json or csv; overrides Accept")
    @QueryParam("format")
    String format;

    @Context
    HttpHeaders headers;

    OffsetDateTime since() {
        return Params.since(updatedSince, "updatedSince");
    }

    int pageSize() {
        return PageLimit.resolve(limit);
    }

    /** The id the page continues before (the cursor's one part), or null for the first page. */
    Long before() {
        return cursor == null ? null : Cursors.longPart(Cursors.decode(cursor, 1, "cursor"), 0, "cursor");
    }

    Format format() {
        return Format.of(format, headers);
    }
}
