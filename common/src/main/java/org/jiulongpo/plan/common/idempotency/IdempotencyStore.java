package org.jiulongpo.plan.common.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jiulongpo.plan.common.problem.ProblemException;
import org.jiulongpo.plan.common.problem.ProblemType;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

/**
 * {@code Idempotency-Key} for creates, kept in the service's own PostgreSQL table
 * {@code idempotency_record} so that every instance of the service sees the same keys.
 *
 * <p>Use {@link #once} inside the create's transaction: it inserts the key with
 * {@code on conflict do nothing}. PostgreSQL makes a second inserter of the same key wait until
 * the first transaction ends; if it committed, the key is taken and the stored response is
 * replayed; if it rolled back, the second one claims the key and creates. So 50 parallel
 * replays make one record and 50 identical answers, with no lock held in any JVM.
 */
public final class IdempotencyStore {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private IdempotencyStore() {
    }

    /** A response as stored for replay. */
    public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

        /** 201 Created with the new resource's location and its JSON body. */
        public static StoredResponse created(String location, byte[] json) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Location", location);
            headers.put("Content-Type", "application/json");
            return new StoredResponse(201, headers, json);
        }

        public Response toResponse(boolean replayed) {
            Response.ResponseBuilder builder = Response.status(status).entity(body);
            headers.forEach(builder::header);
            if (replayed) {
                builder.header(REPLAYED_HEADER, "true");
            }
            return builder.build();
        }
    }

    /** Refuses a key that is not 1 to 200 visible ASCII characters. */
    public static String validate(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    public static String hash(byte[] canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBody));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer of a create, and whether it is the replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    /**
     * Runs a create at most once per key: claims {@code key} (none: just runs {@code work}),
     * runs {@code work} and stores its answer in the same transaction, or returns the answer
     * stored by the create that claimed the key first. The same key with another operation or
     * body answers 422. Call inside the create's transaction.
     */
    public static Outcome once(EntityManager em, String principal, String key, String operation, String requestHash,
            Supplier<StoredResponse> work) {
        if (key == null) {
            return new Outcome(work.get(), false);
        }
        Optional<StoredResponse> earlier = claim(em, principal, key, operation, requestHash);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        StoredResponse response = work.get();
        store(em, principal, key, response);
        return new Outcome(response, false);
    }

    /**
     * Claims the key for this create, or returns the response stored by the create that claimed
     * it first. The same key with another operation or body answers 422.
     */
    private static Optional<StoredResponse> claim(EntityManager em, String principal, String key, String operation,
            String requestHash) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_record (principal, idempotency_key, operation, request_hash)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, requestHash).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                select operation, request_hash, response_status, response_headers, response_body
                from idempotency_record where principal = ?1 and idempotency_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).getSingleResult();
        if (!operation.equals(row[0]) || !requestHash.equals(row[1])) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for another request; use a new key for a new request");
        }
        return Optional.of(new StoredResponse(((Number) row[2]).intValue(), decodeHeaders((String) row[3]),
                (byte[]) row[4]));
    }

    /** Stores the response of the create that claimed the key, in the same transaction. */
    private static void store(EntityManager em, String principal, String key, StoredResponse response) {
        em.createNativeQuery("""
                update idempotency_record set response_status = ?3, response_headers = ?4, response_body = ?5
                where principal = ?1 and idempotency_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, encodeHeaders(response.headers())).setParameter(5, response.body())
                .executeUpdate();
    }

    static String encodeHeaders(Map<String, String> headers) {
        StringBuilder sb = new StringBuilder();
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    static Map<String, String> decodeHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

}
