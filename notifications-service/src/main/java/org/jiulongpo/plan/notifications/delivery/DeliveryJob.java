package org.jiulongpo.plan.notifications.delivery;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A claimed delivery with what sending it needs.
 *
 * @param secrets  the secrets that sign it: the current one, and the previous one during a rotation
 * @param body     the CloudEvent in its JSON format, as logged
 * @param dueSince when it became due: the retry window counts from here
 */
public record DeliveryJob(long id, String subscriptionId, String url, List<String> secrets, String eventId,
        String body, int attempts, OffsetDateTime dueSince) {
}
