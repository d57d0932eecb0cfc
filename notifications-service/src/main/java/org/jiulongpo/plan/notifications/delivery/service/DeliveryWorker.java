package org.jiulongpo.plan.notifications.delivery.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;
import org.jiulongpo.plan.notifications.callback.CallbackClient;
import org.jiulongpo.plan.notifications.callback.CallbackRefused;
import org.jiulongpo.plan.notifications.callback.WebhookSignature;
import org.jiulongpo.plan.notifications.config.NotificationsConfig;
import org.jiulongpo.plan.notifications.delivery.DeliveryJob;
import org.jiulongpo.plan.notifications.delivery.service.DeliveryStore.Outcome;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Delivers: each round makes the deliveries of newly logged events, then claims the due ones
 * and POSTs each (Standard Webhooks headers, the CloudEvent as the body). Any number of replicas
 * may run it against one database: the fan-out cursor and the claims are row locks that the
 * others skip, so each delivery is attempted by one of them at a time.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    /** Events fanned out per transaction. */
    private static final int FAN_OUT_BATCH = 500;

    private final DeliveryStore store;
    private final CallbackClient client;
    private final NotificationsConfig.Webhooks config;
    private final RetrySchedule schedule;
    private final MeterRegistry registry;
    private final AtomicReference<Double> oldestUndelivered = new AtomicReference<>(0.0);

    public DeliveryWorker(DeliveryStore store, CallbackClient client, NotificationsConfig config, MeterRegistry registry) {
        this.store = store;
        this.client = client;
        this.config = config.webhooks();
        this.schedule = new RetrySchedule(this.config.firstRetry(), this.config.maxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.registry = registry;
        Gauge.builder("notifications.deliveries.oldest.undelivered", oldestUndelivered, AtomicReference::get)
                .description("Seconds since the oldest event not yet delivered to an enabled subscription was logged "
                        + "(as of the last delivery round)")
                .baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "${notifications.webhooks.interval:200ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.warnf("delivery round failed (%s); trying again on the next tick", e.toString());
        }
    }

    /** One round: fan out what is new, then attempt every delivery claimed; answers how many were attempted. */
    public int round() {
        while (store.fanOut(FAN_OUT_BATCH) == FAN_OUT_BATCH) {
            // a full batch: there may be more
        }
        List<DeliveryJob> jobs = store.claim(config.batchSize(), config.lease());
        for (DeliveryJob job : jobs) {
            try {
                attempt(job);
            } catch (RuntimeException e) {
                // e.g. the subscription was removed meanwhile; the others of the round still go out, and
                // this one, if it still exists, is claimed again when its lease ends
                LOG.warnf("delivery %d of %s not recorded (%s)", job.id(), job.eventId(), e.toString());
            }
        }
        oldestUndelivered.set(store.oldestUndeliveredSeconds());
        return jobs.size();
    }

    private void attempt(DeliveryJob job) {
        byte[] body = job.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", job.eventId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(job.secrets(), job.eventId(), timestamp, body),
                "Content-Type", CLOUDEVENTS_JSON);
        OffsetDateTime attemptedAt = OffsetDateTime.now(ZoneOffset.UTC);
        CallbackClient.Answer answer;
        try {
            answer = client.send(HttpMethod.POST, job.url(), headers, body);
        } catch (CallbackRefused e) {
            // DNS may have changed since the subscription was made: the address is checked again now
            answer = new CallbackClient.Answer(0, Map.of(), "refused before connecting: " + e.getMessage(), 0);
        }
        Integer status = answer.reached() ? answer.status() : null;
        String error = answer.reached() ? null : answer.error();
        if (answer.reached() && answer.status() >= 200 && answer.status() <= 299) {
            store.record(job, attemptedAt, status, null, answer.latencyMillis(), Outcome.DELIVERED, null, null);
            count("delivered");
            return;
        }
        if (answer.reached() && answer.status() == 410) {
            store.record(job, attemptedAt, status, null, answer.latencyMillis(), Outcome.FAILED, null,
                    "the callback answered 410 Gone at " + attemptedAt + " (delivery of " + job.eventId() + ")");
            count("gone");
            return;
        }
        Duration retryAfter = answer.reached() && (answer.status() == 429 || answer.status() == 503)
                ? RetrySchedule.retryAfter(answer.header("Retry-After"), attemptedAt) : null;
        OffsetDateTime next = attemptedAt.plus(schedule.delay(job.attempts() + 1, retryAfter));
        if (next.isAfter(job.dueSince().plus(config.giveUpAfter()))) {
            store.record(job, attemptedAt, status, error, answer.latencyMillis(), Outcome.FAILED, null,
                    "deliveries failed for " + config.giveUpAfter().toHours() + " hours; the last attempt, at "
                            + attemptedAt + " (delivery of " + job.eventId() + "), got "
                            + (answer.reached() ? "status " + answer.status() : error));
            count("failed");
            return;
        }
        store.record(job, attemptedAt, status, error, answer.latencyMillis(), Outcome.RETRY, next, null);
        count("retry");
    }

    private void count(String outcome) {
        Counter.builder("notifications.deliveries").description("Delivery attempts by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }
}
