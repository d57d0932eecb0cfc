package org.jiulongpo.plan.notifications.feed;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** How far a change feed has been read: the cursor to ask from next (null: from the beginning). */
@Entity
public class FeedCursor extends PanacheEntityBase {

    @Id
    public String feed;

    public String cursor;
    public OffsetDateTime readAt;
    public OffsetDateTime lastChangeAt;
}
