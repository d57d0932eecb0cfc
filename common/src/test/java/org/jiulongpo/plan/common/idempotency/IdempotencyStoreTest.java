package org.jiulongpo.plan.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiulongpo.plan.common.problem.Problems.invalid;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiulongpo.plan.common.idempotency.IdempotencyStore.Outcome;
import org.jiulongpo.plan.common.idempotency.IdempotencyStore.StoredResponse;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

class IdempotencyStoreTest {

    private static final byte[] BODY = "{\"code\":\"fyp14-03\",\"name\":\"印山湖\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void keysOfVisibleAsciiUpTo200CharactersAreAccepted() {
        assertThat(IdempotencyStore.validate("3f2b8c1e-7a4d-4e0b-9c51-2d6f0e8a7b13"))
                .isEqualTo("3f2b8c1e-7a4d-4e0b-9c51-2d6f0e8a7b13");
        assertThat(IdempotencyStore.validate("!")).isEqualTo("!");
        assertThat(IdempotencyStore.validate("~".repeat(200))).hasSize(200);
        assertThat(IdempotencyStore.validate(null)).isNull();
    }

    @Test
    void otherKeysAreA400NamingTheHeader() {
        for (String key : new String[] { "", "k".repeat(201), "two words", "键", "tab\tkey", "line\nkey", "\u007f" }) {
            assertThat(invalid(() -> IdempotencyStore.validate(key), "Idempotency-Key").errors().get(0).message())
                    .isEqualTo("must be 1 to 200 visible ASCII characters");
        }
    }

    @Test
    void theRequestHashIsTheSha256OfTheCanonicalBody() {
        assertThat(IdempotencyStore.hash(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(IdempotencyStore.hash(BODY)).matches("[0-9a-f]{64}").isEqualTo(IdempotencyStore.hash(BODY.clone()))
                .isNotEqualTo(IdempotencyStore.hash("{\"code\":\"fyp14-04\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCreatedAnswerIs201WithItsLocationAndJson() {
        StoredResponse stored = StoredResponse.created("/api/v1/projects/fyp14-03/status-updates/12", BODY);
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.headers()).containsExactly(
                Map.entry("Location", "/api/v1/projects/fyp14-03/status-updates/12"),
                Map.entry("Content-Type", "application/json"));

        Response first = stored.toResponse(false);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeaderString("Location")).isEqualTo("/api/v1/projects/fyp14-03/status-updates/12");
        assertThat(first.getHeaderString("Content-Type")).isEqualTo("application/json");
        assertThat(first.getHeaderString(IdempotencyStore.REPLAYED_HEADER)).isNull();
        assertThat((byte[]) first.getEntity()).isEqualTo(BODY);
    }

    @Test
    void aReplayIsTheFirstAnswerMarkedAsReplayed() {
        Response replay = StoredResponse.created("/api/v1/indicators/gdp/observations/2025", BODY).toResponse(true);
        assertThat(replay.getStatus()).isEqualTo(201);
        assertThat(replay.getHeaderString("Location")).isEqualTo("/api/v1/indicators/gdp/observations/2025");
        assertThat(replay.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat((byte[]) replay.getEntity()).isEqualTo(BODY);
    }

    @Test
    void storedHeadersReadBackAsTheyWereInTheirOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "http://localhost:8082/api/v1/projects/fyp14-03/status-updates/12");
        headers.put("ETag", "\"v3-0a1b2c3d4e5f\"");
        headers.put("Content-Type", "application/json; charset=UTF-8");
        headers.put("Content-Language", "zh");
        Map<String, String> read = IdempotencyStore.decodeHeaders(IdempotencyStore.encodeHeaders(headers));
        assertThat(read).containsExactlyEntriesOf(headers);
        assertThat(IdempotencyStore.decodeHeaders(IdempotencyStore.encodeHeaders(Map.of()))).isEmpty();
        assertThat(IdempotencyStore.decodeHeaders(null)).isEmpty();
    }

    @Test
    void withoutAKeyTheCreateRunsOnceAndIsNoReplay() {
        AtomicInteger runs = new AtomicInteger();
        StoredResponse created = StoredResponse.created("/api/v1/projects/fyp14-03/status-updates/12", BODY);
        // no key: nothing to claim, so the store never needs the EntityManager
        Outcome outcome = IdempotencyStore.once(null, "reporter", null, "status-update", "hash", () -> {
            runs.incrementAndGet();
            return created;
        });
        assertThat(runs).hasValue(1);
        assertThat(outcome.replayed()).isFalse();
        assertThat(outcome.response()).isSameAs(created);
    }
}
