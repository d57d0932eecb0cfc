package org.jiulongpo.plan.notifications.subscription.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new secret, shown this once, and until when the previous one also signs. */
@Schema(name = "RotatedSecret")
public record RotatedSecret(
        @Schema(examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "Until then every delivery carries two signatures, one per secret") OffsetDateTime previousSecretValidUntil) {
}
