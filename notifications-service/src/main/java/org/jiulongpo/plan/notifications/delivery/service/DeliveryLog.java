package org.jiulongpo.plan.notifications.delivery.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.notifications.delivery.mapping.DeliveryView;
import org.jiulongpo.plan.notifications.delivery.mapping.DeliveryView.AttemptView;
import org.jiulongpo.plan.notifications.event.mapping.EventMapper;
import org.jiulongpo.plan.notifications.subscription.Subscription;
import org.jiulongpo.plan.notifications.subscription.service.SubscriptionStore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A subscription's delivery log, and redeliveries; only its owner sees or asks for them. */
@ApplicationScoped
public class DeliveryLog {

    private static final String COLUMNS = """
            select d.id, e.id as event_id, e.type, d.event_seq, d.status, d.attempts, d.next_attempt_at, d.delivered_at,
                   d.created_at
            from delivery d join event e on e.seq = d.event_seq""";

    private final EntityManager em;
    private final SubscriptionStore subscriptions;

    public DeliveryLog(EntityManager em, SubscriptionStore subscriptions) {
        this.em = em;
        this.subscriptions = subscriptions;
    }

    /** Newest first; {@code beforeId} 0 starts at the newest. */
    @Transactional
    public Page<DeliveryView> page(String owner, String subscriptionId, long beforeId, String status, int limit) {
        subscriptions.owned(owner, subscriptionId, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + """
                 where d.subscription_id = ?1 and (?2 = 0 or d.id < ?2) and (?3 = '' or d.status = ?3)
                order by d.id desc limit ?4""")
                .setParameter(1, subscriptionId).setParameter(2, beforeId).setParameter(3, status == null ? "" : status)
                .setParameter(4, limit + 1).getResultList();
        return Page.of(views(rows), limit, DeliveryView::id);
    }

    @Transactional
    public DeliveryView get(String owner, String subscriptionId, long deliveryId) {
        subscriptions.owned(owner, subscriptionId, false);
        return one(subscriptionId, deliveryId);
    }

    /** Due again now, with a new retry window; the attempts made stay in its log. */
    @Transactional
    public DeliveryView redeliver(String owner, String subscriptionId, long deliveryId) {
        subscriptions.owned(owner, subscriptionId, false);
        int updated = em.createNativeQuery("""
                update delivery set status = 'pending', next_attempt_at = now(), due_since = now()
                where id = ?1 and subscription_id = ?2""")
                .setParameter(1, deliveryId).setParameter(2, subscriptionId).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("No delivery " + deliveryId + " of subscription " + subscriptionId);
        }
        return one(subscriptionId, deliveryId);
    }

    /**
     * Every event logged after {@code afterSeq} that passes the subscription's filters is due now:
     * its delivery is made if there was none (e.g. while the subscription was disabled, or from
     * before it existed), or made due again.
     */
    @Transactional
    public int redeliverSince(String owner, String subscriptionId, long afterSeq) {
        Subscription s = subscriptions.owned(owner, subscriptionId, false);
        return em.createNativeQuery("""
                insert into delivery (subscription_id, event_seq)
                select ?1, e.seq from event e
                where e.seq > ?2
                    and (?3 = '' or e.type = ?3)
                    and (?4 = '' or e.sector = ?4)
                    and (?5 = '' or e.project = ?5)
                    and (?6 = '' or e.indicator = ?6)
                order by e.seq
                on conflict (subscription_id, event_seq) do update
                    set status = 'pending', next_attempt_at = now(), due_since = now()""")
                .setParameter(1, s.id).setParameter(2, afterSeq).setParameter(3, orEmpty(s.filterType))
                .setParameter(4, orEmpty(s.filterSector)).setParameter(5, orEmpty(s.filterProject))
                .setParameter(6, orEmpty(s.filterIndicator))
                .executeUpdate();
    }

    /** '' stands for "no filter": a null parameter's type is not always one PostgreSQL can compare. */
    private static String orEmpty(String filter) {
        return filter == null ? "" : filter;
    }

    private DeliveryView one(String subscriptionId, long deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where d.subscription_id = ?1 and d.id = ?2")
                .setParameter(1, subscriptionId).setParameter(2, deliveryId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No delivery " + deliveryId + " of subscription " + subscriptionId);
        }
        return views(rows).get(0);
    }

    private List<DeliveryView> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<AttemptView>> attempts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> attemptRows = em.createNativeQuery("""
                select delivery_id, attempted_at, status_code, error, latency_millis from delivery_attempt
                where delivery_id in (:ids) order by id""").setParameter("ids", ids).getResultList();
        for (Object[] a : attemptRows) {
            attempts.computeIfAbsent(((Number) a[0]).longValue(), id -> new ArrayList<>())
                    .add(new AttemptView(Sql.time(a[1]), Sql.integer(a[2]), (String) a[3], ((Number) a[4]).longValue()));
        }
        List<DeliveryView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String status = (String) r[4];
            views.add(new DeliveryView(Long.toString(id), (String) r[1], (String) r[2],
                    EventMapper.cursor(((Number) r[3]).longValue()), status, ((Number) r[5]).intValue(),
                    status.equals("pending") ? Sql.time(r[6]) : null, Sql.time(r[7]), Sql.time(r[8]),
                    attempts.getOrDefault(id, List.of())));
        }
        return views;
    }
}
