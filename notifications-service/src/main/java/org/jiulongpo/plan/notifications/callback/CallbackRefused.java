package org.jiulongpo.plan.notifications.callback;

/** A callback URL that may not be called: the reason says why, in words a subscriber can act on. */
public class CallbackRefused extends RuntimeException {

    public CallbackRefused(String reason) {
        super(reason, null, false, false);
    }
}
