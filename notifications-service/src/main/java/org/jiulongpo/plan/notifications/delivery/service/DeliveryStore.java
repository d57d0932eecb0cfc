package org.jiulongpo.plan.notifications.delivery.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jiulongpo.plan.notifications.delivery.DeliveryJob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The deliveries' rows: made from the log by a durable cursor (fan-out), claimed by workers with
 * {@code FOR UPDATE SKIP LOCKED} so that replicas never claim the same delivery, and updated with
 * each attempt's outcome.
 */
@ApplicationScoped
public class DeliveryStore {

    private final EntityManager em;

    public DeliveryStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Makes the deliveries of up to {@code batch} events after the fan-out cursor, one per
     * enabled subscription whose filters the event passes and that existed before it, and moves
     * the cursor past them, in one transaction. A replica that finds the cursor locked skips:
     * another one is doing it.
     *
     * @return how many events the cursor moved past; 0 when none were new or another replica holds the cursor
     */
    @Transactional
    public int fanOut(int batch) {
        List<?> cursor = em.createNativeQuery("select seq from delivery_cursor where id = 1 for update skip locked")
                .getResultList();
        if (cursor.isEmpty()) {
            return 0;
        }
        long from = ((Number) cursor.get(0)).longValue();
        Object[] span = (Object[]) em.createNativeQuery("""
                select count(*), max(seq) from (select seq from event where seq > ?1 order by seq limit ?2) b""")
                .setParameter(1, from).setParameter(2, batch).getSingleResult();
        int events = ((Number) span[0]).intValue();
        if (events == 0) {
            return 0;
        }
        long upTo = ((Number) span[1]).longValue();
        em.createNativeQuery("""
                insert into delivery (subscription_id, event_seq)
                select s.id, e.seq from event e join subscription s on s.enabled and e.seq > s.start_seq
                    and (s.filter_type is null or s.filter_type = e.type)
                    and (s.filter_sector is null or s.filter_sector = e.sector)
                    and (s.filter_project is null or s.filter_project = e.project)
                    and (s.filter_indicator is null or s.filter_indicator = e.indicator)
                where e.seq > ?1 and e.seq <= ?2
                order by e.seq, s.seq
                on conflict (subscription_id, event_seq) do nothing""")
                .setParameter(1, from).setParameter(2, upTo).executeUpdate();
        em.createNativeQuery("update delivery_cursor set seq = ?1 where id = 1").setParameter(1, upTo).executeUpdate();
        return events;
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled subscriptions for {@code lease}: their
     * next attempt moves to the lease's end, so they are this worker's until it records an
     * outcome, or anyone's again if it dies first.
     */
    @Transactional
    public List<DeliveryJob> claim(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with claimed as (
                    update delivery d set next_attempt_at = now() + make_interval(secs => ?2)
                    where d.id in (select c.id from delivery c join subscription s on s.id = c.subscription_id
                                   where c.status = 'pending' and c.next_attempt_at <= now() and s.enabled
                                   order by c.next_attempt_at, c.id limit ?1
                                   for update of c skip locked)
                    returning d.id, d.subscription_id, d.event_seq, d.attempts, d.due_since)
                select c.id, s.id, s.url, s.secret, s.previous_secret, s.previous_secret_until > now(), e.id, e.body,
                       c.attempts, c.due_since
                from claimed c join subscription s on s.id = c.subscription_id join event e on e.seq = c.event_seq
                order by c.id""")
                .setParameter(1, limit).setParameter(2, (double) lease.toMillis() / 1000).getResultList();
        List<DeliveryJob> jobs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<String> secrets = new ArrayList<>(2);
            secrets.add((String) r[3]);
            if (r[4] != null && Boolean.TRUE.equals(r[5])) {
                secrets.add((String) r[4]);
            }
            jobs.add(new DeliveryJob(((Number) r[0]).longValue(), (String) r[1], (String) r[2], List.copyOf(secrets),
                    (String) r[6], (String) r[7], ((Number) r[8]).intValue(), Sql.time(r[9])));
        }
        return jobs;
    }

    /** What an attempt's outcome makes of its delivery, and the status the delivery log shows. */
    public enum Outcome {
        DELIVERED("delivered"), RETRY("pending"), FAILED("failed");

        public final String status;

        Outcome(String status) {
            this.status = status;
        }
    }

    /**
     * Records one attempt and the delivery's new state; {@code disableReason} non-null disables the
     * subscription (410, or the retry window spent).
     */
    @Transactional
    public void record(DeliveryJob job, OffsetDateTime attemptedAt, Integer statusCode, String error, long latencyMillis,
            Outcome outcome, OffsetDateTime nextAttemptAt, String disableReason) {
        em.createNativeQuery("""
                insert into delivery_attempt (delivery_id, attempted_at, status_code, error, latency_millis)
                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, job.id()).setParameter(2, attemptedAt).setParameter(3, statusCode)
                .setParameter(4, error).setParameter(5, latencyMillis).executeUpdate();
        em.createNativeQuery("""
                update delivery set attempts = attempts + 1, last_status = ?2, last_error = ?3,
                    status = ?4, next_attempt_at = ?5, delivered_at = ?6
                where id = ?1""")
                .setParameter(1, job.id()).setParameter(2, statusCode).setParameter(3, error)
                .setParameter(4, outcome.status)
                .setParameter(5, nextAttemptAt == null ? attemptedAt : nextAttemptAt)
                .setParameter(6, outcome == Outcome.DELIVERED ? attemptedAt : null)
                .executeUpdate();
        if (disableReason != null) {
            em.createNativeQuery("""
                    update subscription set enabled = false, disabled_reason = ?2, disabled_at = ?3,
                        version = version + 1, updated_at = ?3
                    where id = ?1 and enabled""")
                    .setParameter(1, job.subscriptionId()).setParameter(2, disableReason).setParameter(3, attemptedAt)
                    .executeUpdate();
        }
    }

    /** Seconds since the oldest event not yet delivered to an enabled subscription was logged; 0 if none. */
    @Transactional
    public double oldestUndeliveredSeconds() {
        Object age = em.createNativeQuery("""
                select extract(epoch from now() - min(t)) from (
                    select min(e.recorded_at) t from delivery d join event e on e.seq = d.event_seq
                        join subscription s on s.id = d.subscription_id
                    where d.status = 'pending' and s.enabled
                    union all
                    select min(recorded_at) from event where seq > (select seq from delivery_cursor where id = 1)
                        and exists (select 1 from subscription where enabled)) x""").getSingleResult();
        return age == null ? 0 : ((Number) age).doubleValue();
    }
}
