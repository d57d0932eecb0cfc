package org.jiulongpo.plan.projects.status;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reported state of a project. Append-only: rows are never updated or deleted. */
@Entity
@Table(name = "status_update")
public class StatusUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_code")
    public String projectCode;
    public String status;
    @Column(name = "previous_status")
    public String previousStatus;
    @Column(name = "progress_percent")
    public int progressPercent;
    @Column(name = "previous_progress_percent")
    public int previousProgressPercent;
    public String note;
    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "project_version")
    public long projectVersion;
}
