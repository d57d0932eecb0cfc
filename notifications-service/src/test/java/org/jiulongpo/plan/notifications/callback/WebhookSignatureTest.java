package org.jiulongpo.plan.notifications.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void reproducesTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void duringARotationBothSignaturesAreSentSpaceSeparated() {
        String next = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(SPEC_SECRET, next), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" ")).containsExactly(SPEC_SIGNATURE,
                WebhookSignature.sign(next, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
    }

    @Test
    void aNewSecretIsPrefixedAndCarries32RandomBytes() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void aSecretWithoutThePrefixIsRefused() {
        assertThatThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
