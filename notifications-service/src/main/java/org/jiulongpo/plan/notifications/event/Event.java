package org.jiulongpo.plan.notifications.event;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One entry of the public event log; {@code seq} is its cursor, {@code body} the CloudEvent as served. */
@Entity
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public String id;
    public String feed;
    public String type;
    public String subject;
    public String sector;
    public String project;
    public String indicator;
    public OffsetDateTime occurredAt;
    public OffsetDateTime recordedAt;
    public String body;
}
