package org.jiulongpo.plan.notifications.subscription.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiulongpo.plan.common.idempotency.IdempotencyStore;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.common.problem.Problem;
import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;
import org.jiulongpo.plan.notifications.callback.CallbackRefused;
import org.jiulongpo.plan.notifications.callback.Handshake;
import org.jiulongpo.plan.notifications.config.NotificationsConfig;
import org.jiulongpo.plan.notifications.subscription.SubscriptionFilters;
import org.jiulongpo.plan.notifications.subscription.mapping.RotatedSecret;
import org.jiulongpo.plan.notifications.subscription.mapping.SubscriptionView;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Subscriptions' rules: a callback is checked (SSRF) and must pass the validation handshake
 * before anything is stored; the handshake is a network call, so it runs before the transaction.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final int MAX_URL = 2000;
    private static final Set<String> FILTERS = Set.of("type", "sector", "project", "indicator");
    private static final Set<String> EDITABLE = Set.of("filters", "enabled");

    private final SubscriptionStore store;
    private final Handshake handshake;
    private final NotificationsConfig config;

    public SubscriptionService(SubscriptionStore store, Handshake handshake,
            NotificationsConfig config) {
        this.store = store;
        this.handshake = handshake;
        this.config = config;
    }

    public IdempotencyStore.Outcome create(String owner, String idempotencyKey, String requestHash, String url,
            SubscriptionFilters filters) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid("url", "is required");
        }
        if (url.length() > MAX_URL) {
            throw ProblemException.invalid("url", "must be at most " + MAX_URL + " characters");
        }
        SubscriptionFilters checked = filters == null ? SubscriptionFilters.NONE : check(filters);
        try {
            // the URL and its addresses are checked before the handshake connects anywhere
            handshake.validate(url);
        } catch (CallbackRefused e) {
            throw refused(e);
        }
        return store.create(owner, idempotencyKey, requestHash, url, checked);
    }

    public Page<SubscriptionView> list(String owner, long afterSeq, int limit) {
        return store.list(owner, afterSeq, limit);
    }

    public SubscriptionView get(String owner, String id) {
        return store.get(owner, id);
    }

    @SuppressWarnings("unchecked")
    public SubscriptionView edit(String owner, String id, String ifMatch, Map<String, Object> patch) {
        if (patch == null || patch.isEmpty()) {
            throw ProblemException.invalid("body", "must be a JSON object with filters or enabled");
        }
        for (String field : patch.keySet()) {
            if (!EDITABLE.contains(field)) {
                throw ProblemException.invalid(field, "cannot be changed; the editable fields are filters and enabled "
                        + "(for another url, create a subscription)");
            }
        }
        Map<String, Object> filterPatch = null;
        SubscriptionFilters filters = null;
        if (patch.containsKey("filters")) {
            if (!(patch.get("filters") instanceof Map<?, ?> given)) {
                throw ProblemException.invalid("filters", "must be an object");
            }
            filterPatch = (Map<String, Object>) given;
            List<Problem.FieldError> errors = new ArrayList<>();
            for (Map.Entry<String, Object> e : filterPatch.entrySet()) {
                if (!FILTERS.contains(e.getKey())) {
                    errors.add(new Problem.FieldError("filters." + e.getKey(), "is not a filter (type, sector, project, indicator)"));
                } else if (e.getValue() != null && !(e.getValue() instanceof String)) {
                    errors.add(new Problem.FieldError("filters." + e.getKey(), "must be a string or null"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            filters = check(new SubscriptionFilters((String) filterPatch.get("type"), (String) filterPatch.get("sector"),
                    (String) filterPatch.get("project"), (String) filterPatch.get("indicator")));
        }
        Object enabled = patch.get("enabled");
        if (patch.containsKey("enabled") && !(enabled instanceof Boolean)) {
            throw ProblemException.invalid("enabled", "must be true or false");
        }
        return store.edit(owner, id, ifMatch, filters, filterPatch, (Boolean) enabled);
    }

    public void remove(String owner, String id, String ifMatch) {
        store.remove(owner, id, ifMatch);
    }

    public RotatedSecret rotate(String owner, String id) {
        return store.rotate(owner, id, config.webhooks().rotationOverlap());
    }

    private static SubscriptionFilters check(SubscriptionFilters f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        code(f.type(), "filters.type", errors);
        code(f.sector(), "filters.sector", errors);
        code(f.project(), "filters.project", errors);
        code(f.indicator(), "filters.indicator", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return f;
    }

    /** The event log's own rule for filter values (EventResource), so that a filter can match. */
    private static void code(String value, String field, List<Problem.FieldError> errors) {
        if (value != null && (value.length() > 100 || !value.matches("[a-z0-9][a-z0-9._-]*"))) {
            errors.add(new Problem.FieldError(field,
                    "must be a code of at most 100 characters: lower-case letters, digits, '.', '_' and '-'"));
        }
    }

    private static ProblemException refused(CallbackRefused e) {
        ProblemType type = ProblemType.CALLBACK_REFUSED;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(),
                "The callback is refused: " + e.getMessage(), null, null,
                List.of(new Problem.FieldError("url", e.getMessage()))));
    }
}
