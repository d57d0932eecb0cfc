package org.jiulongpo.plan.notifications.subscription;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A webhook subscription; {@code owner} is the subject of the token that created it. */
@Entity
public class Subscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public String id;
    public String owner;
    public String url;
    public String filterType;
    public String filterSector;
    public String filterProject;
    public String filterIndicator;
    public String secret;
    public String previousSecret;
    public OffsetDateTime previousSecretUntil;
    public boolean enabled;
    public String disabledReason;
    public OffsetDateTime disabledAt;
    public long startSeq;
    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
}
