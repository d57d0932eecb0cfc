package org.jiulongpo.plan.notifications.callback;

import java.util.Map;

import org.jiulongpo.plan.notifications.config.NotificationsConfig;

import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The validation handshake of the CloudEvents HTTP webhook specification (section 4, abuse
 * protection): before anything is delivered, the callback is asked with OPTIONS and
 * {@code WebHook-Request-Origin}, and must answer 2xx with {@code WebHook-Allowed-Origin} naming
 * that origin or {@code *}. A URL whose owner never agreed to receive events is never sent any.
 */
@ApplicationScoped
public class Handshake {

    public static final String REQUEST_ORIGIN = "WebHook-Request-Origin";
    public static final String ALLOWED_ORIGIN = "WebHook-Allowed-Origin";

    private final CallbackClient client;
    private final String origin;

    public Handshake(CallbackClient client, NotificationsConfig config) {
        this.client = client;
        this.origin = config.webhooks().origin();
    }

    /** Passes, or throws {@link CallbackRefused} saying what the callback did wrong. */
    public void validate(String url) {
        CallbackClient.Answer answer = client.send(HttpMethod.OPTIONS, url, Map.of(REQUEST_ORIGIN, origin), null);
        if (!answer.reached()) {
            throw new CallbackRefused("the validation handshake (OPTIONS) could not reach the callback: " + answer.error());
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw new CallbackRefused("the validation handshake (OPTIONS) was answered " + answer.status() + ", not 2xx");
        }
        String allowed = answer.header(ALLOWED_ORIGIN);
        if (allowed == null || !(allowed.trim().equals("*") || allowed.trim().equalsIgnoreCase(origin))) {
            throw new CallbackRefused("the validation handshake's answer has no " + ALLOWED_ORIGIN + " naming " + origin
                    + " or *");
        }
    }
}
