package org.jiulongpo.plan.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every request carries a correlation id: the caller's {@code X-Correlation-Id} when it is a
 * sane token, else a new one. It is echoed in the response, put in the logging context, and
 * passed on by the gateway, so one id ties the gateway's and the services' log lines together.
 * The response also names the trace that served it ({@code traceresponse}).
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String id = ctx.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                // a random id, not a SecureRandom UUID: it only has to be unique, and it is made per request
                java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
                id = new UUID(random.nextLong(), random.nextLong()).toString();
                ctx.request().headers().set(HEADER, id);
            }
            ctx.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            // W3C Trace Context level 2: tell the caller which trace served it
            io.opentelemetry.api.trace.SpanContext span = io.opentelemetry.api.trace.Span.current().getSpanContext();
            if (span.isValid()) {
                ctx.response().putHeader("traceresponse", "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                        + span.getTraceFlags().asHex());
            }
            ctx.next();
        });
    }
}
