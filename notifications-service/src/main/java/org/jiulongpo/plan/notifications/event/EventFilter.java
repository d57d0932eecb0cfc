package org.jiulongpo.plan.notifications.event;

/** What a reader of the log asks for; a null field does not filter. */
public record EventFilter(String type, String sector, String project, String indicator) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null);
}
