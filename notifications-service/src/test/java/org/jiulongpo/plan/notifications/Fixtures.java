package org.jiulongpo.plan.notifications;

import static org.jiulongpo.plan.notifications.ProjectsFeedStub.change;
import static org.jiulongpo.plan.notifications.ProjectsFeedStub.page;
import static org.jiulongpo.plan.notifications.ProjectsFeedStub.pageOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * Feed pages of two projects of 专栏4 (seed text line 737: 轨道19号线, "大力推动…开工建设"; line 735:
 * 渝昆高铁), as projects-service's feed would serve them after a status report, an edit and a
 * removal. The statuses and percentages are test input, not plan data.
 */
public final class Fixtures {

    public static final String METRO_19 = "transport-metro-line-19";
    public static final String YUKUN = "transport-rail-yukun-hsr";

    private Fixtures() {
    }

    public static String metro19(long version, String status, int progress, String updatedAt) {
        return "{\"code\":\"" + METRO_19 + "\",\"nameZh\":\"轨道19号线\",\"nameEn\":\"Rail Transit Line 19\","
                + "\"sector\":\"transport\",\"subcategory\":\"transport-metro\",\"planStage\":\"start_construction\","
                + "\"status\":\"" + status + "\",\"progressPercent\":" + progress + ",\"updatedAt\":\"" + updatedAt
                + "\",\"version\":" + version + "}";
    }

    /**
     * The feed from its beginning: page one (a status report on Line 19, then an edit of its
     * English name), page two (its removal, and a status report on the Yukun railway); then nothing more.
     */
    public static void threeChangesThenOne() {
        ProjectsFeedStub.server().resetAll();
        page(null, pageOf("c-2", true,
                change("status_update", METRO_19, 2, "2026-03-01T10:00:00+08:00",
                        metro19(2, "under_construction", 10, "2026-03-01T10:00:00+08:00"),
                        "{\"id\":1,\"projectCode\":\"" + METRO_19 + "\",\"status\":\"under_construction\","
                                + "\"previousStatus\":\"not_started\",\"progressPercent\":10,\"previousProgressPercent\":0,"
                                + "\"reportedAt\":\"2026-03-01T09:00:00+08:00\",\"recordedBy\":\"district-transport-bureau\","
                                + "\"recordedAt\":\"2026-03-01T10:00:00+08:00\",\"projectVersion\":2}"),
                change("edit", METRO_19, 3, "2026-03-02T10:00:00+08:00",
                        metro19(3, "under_construction", 10, "2026-03-02T10:00:00+08:00")
                                .replace("Rail Transit Line 19", "Metro Line 19"),
                        null)));
        page("c-2", pageOf("c-4", false,
                change("removal", METRO_19, 4, "2026-03-03T10:00:00+08:00",
                        "{\"code\":\"" + METRO_19 + "\",\"version\":4,\"deleted\":true,\"deletedAt\":\"2026-03-03T10:00:00+08:00\"}",
                        null),
                change("status_update", YUKUN, 2, "2026-03-04T10:00:00+08:00",
                        "{\"code\":\"" + YUKUN + "\",\"sector\":\"transport\",\"status\":\"under_construction\","
                                + "\"progressPercent\":40,\"updatedAt\":\"2026-03-04T10:00:00+08:00\",\"version\":2}",
                        "{\"id\":2,\"projectCode\":\"" + YUKUN + "\",\"status\":\"under_construction\","
                                + "\"previousStatus\":\"under_construction\",\"progressPercent\":40,\"previousProgressPercent\":30,"
                                + "\"reportedAt\":\"2026-03-04T09:00:00+08:00\",\"recordedBy\":\"district-transport-bureau\","
                                + "\"recordedAt\":\"2026-03-04T10:00:00+08:00\",\"projectVersion\":2}")));
        page("c-4", pageOf("c-4", false));
    }

    /**
     * Empties the log, the cursors, the subscriptions and their deliveries: each test reads the
     * feed from its beginning.
     */
    public static void emptyLog(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate event, feed_cursor, subject_state, subscription, delivery, delivery_attempt "
                    + "restart identity").executeUpdate();
            em.createNativeQuery("update delivery_cursor set seq = 0").executeUpdate();
        });
    }
}
