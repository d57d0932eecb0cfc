package org.jiulongpo.plan.notifications.subscription.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.notifications.callback.WebhookSignature;
import org.jiulongpo.plan.notifications.event.service.EventLog;
import org.jiulongpo.plan.notifications.subscription.Subscription;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;
import org.jiulongpo.plan.notifications.subscription.mapping.CreatedSubscription;
import org.jiulongpo.plan.notifications.subscription.mapping.RotatedSecret;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionMapper;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The subscriptions' transactions. Every read and write names the owner: a subscription of
 * another subject is not found (404), never forbidden, so that its existence is not revealed.
 */
@ApplicationScoped
public class SubscriptionStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final EntityManager em;
    private final EventLog log;
    private final ObjectMapper mapper;

    public SubscriptionStore(EntityManager em, EventLog log, ObjectMapper mapper) {
        this.em = em;
        this.log = log;
        this.mapper = mapper;
    }

    /** Creates once per Idempotency-Key; events logged from now on are delivered. */
    @Transactional
    public IdempotencyStore.Outcome create(String owner, String idempotencyKey, String requestHash, String url,
            SubscriptionFilters filters) {
        return IdempotencyStore.once(em, owner, idempotencyKey, "POST /api/v1/subscriptions", requestHash, () -> {
            Subscription s = new Subscription();
            s.id = UUID.randomUUID().toString();
            s.owner = owner;
            s.url = url;
            s.filterType = filters.type();
            s.filterSector = filters.sector();
            s.filterProject = filters.project();
            s.filterIndicator = filters.indicator();
            s.secret = WebhookSignature.newSecret();
            s.enabled = true;
            // the fan-out cursor's row lock keeps the fan-out (DeliveryStore) from running until this commits, so
            // every event after startSeq is fanned out after the subscription is visible: none is missed
            em.createNativeQuery("select seq from delivery_cursor where id = 1 for update").getSingleResult();
            s.startSeq = log.lastSeq();
            s.version = 1;
            s.createdAt = OffsetDateTime.now();
            s.updatedAt = s.createdAt;
            s.persist();
            CreatedSubscription created = new CreatedSubscription(SubscriptionMapper.toView(s), s.secret);
            return IdempotencyStore.StoredResponse.created(SubscriptionMapper.PATH + s.id, json(created));
        });
    }

    @Transactional
    public Page<SubscriptionView> list(String owner, long afterSeq, int limit) {
        List<Subscription> rows = Subscription.<Subscription>find("owner = :owner and seq > :seq order by seq",
                Parameters.with("owner", owner).and("seq", afterSeq)).range(0, limit).list();
        return Page.of(rows, limit, s -> Long.toString(s.seq)).map(SubscriptionMapper::toView);
    }

    @Transactional
    public SubscriptionView get(String owner, String id) {
        return SubscriptionMapper.toView(owned(owner, id, false));
    }

    /** A merge patch of {@code filters} (each filter replaced, null clears it) and {@code enabled}. */
    @Transactional
    public SubscriptionView edit(String owner, String id, String ifMatch, SubscriptionFilters filters,
            Map<String, Object> filterPatch, Boolean enabled) {
        Subscription s = owned(owner, id, true);
        ETags.requireCurrent(ifMatch, s.version, SubscriptionMapper.PATH + s.id);
        if (filterPatch != null) {
            if (filterPatch.containsKey("type")) {
                s.filterType = filters.type();
            }
            if (filterPatch.containsKey("sector")) {
                s.filterSector = filters.sector();
            }
            if (filterPatch.containsKey("project")) {
                s.filterProject = filters.project();
            }
            if (filterPatch.containsKey("indicator")) {
                s.filterIndicator = filters.indicator();
            }
        }
        if (enabled != null && enabled != s.enabled) {
            s.enabled = enabled;
            s.disabledAt = enabled ? null : OffsetDateTime.now();
            s.disabledReason = enabled ? null : "disabled by its owner";
        }
        return SubscriptionMapper.toView(touch(s));
    }

    @Transactional
    public void remove(String owner, String id, String ifMatch) {
        Subscription s = owned(owner, id, true);
        ETags.requireCurrent(ifMatch, s.version, SubscriptionMapper.PATH + s.id);
        s.delete();
    }

    /** A new secret; the current one goes on signing, alongside it, for {@code overlap}. */
    @Transactional
    public RotatedSecret rotate(String owner, String id, Duration overlap) {
        Subscription s = owned(owner, id, true);
        s.previousSecret = s.secret;
        s.previousSecretUntil = OffsetDateTime.now().plus(overlap);
        s.secret = WebhookSignature.newSecret();
        touch(s);
        return new RotatedSecret(s.secret, s.previousSecretUntil);
    }

    /** The subscription's owner-checked row; 404 for one of another subject as for one that never was. */
    @Transactional
    public Subscription owned(String owner, String id, boolean forUpdate) {
        // ids are UUIDs: anything else (even a NUL, which PostgreSQL text refuses) is simply not found
        if (id == null || !ID.matcher(id).matches()) {
            throw ProblemException.notFound("No subscription " + id + " of yours");
        }
        List<Subscription> rows = em.createQuery("from Subscription where id = :id and owner = :owner", Subscription.class)
                .setParameter("id", id).setParameter("owner", owner)
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No subscription " + id + " of yours");
        }
        return rows.get(0);
    }

    private static Subscription touch(Subscription s) {
        s.version++;
        s.updatedAt = OffsetDateTime.now();
        return s;
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings and times always serialises", e);
        }
    }
}
