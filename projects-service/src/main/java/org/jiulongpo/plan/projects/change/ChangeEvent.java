package org.jiulongpo.plan.projects.change;

import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the change feed, in commit order (see V3__tracking.sql). */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "project_code")
    public String projectCode;
    public String kind;
    @Column(name = "project_version")
    public long projectVersion;
    @Column(name = "status_update_id")
    public Long statusUpdateId;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
}
