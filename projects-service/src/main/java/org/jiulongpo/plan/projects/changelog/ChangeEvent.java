package org.jiulongpo.plan.projects.changelog;

import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entry of the change feed, in commit order (see V3__tracking.sql). */
@Entity
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public String projectCode;
    public ChangeKind kind;
    public long projectVersion;
    public Long statusUpdateId;
    public OffsetDateTime occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
}
