package org.jiulongpo.plan.projects.status;

import java.time.OffsetDateTime;

import org.jiulongpo.plan.projects.project.ProjectStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One reported state of a project. Append-only: rows are never updated or deleted. */
@Entity
public class StatusUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String projectCode;
    public ProjectStatus status;
    public ProjectStatus previousStatus;
    public int progressPercent;
    /** Null for the first report: before it, no progress was reported. */
    public Integer previousProgressPercent;
    public String note;
    public OffsetDateTime reportedAt;
    public String evidenceUrl;
    public String recordedBy;
    public OffsetDateTime recordedAt;
    public long projectVersion;
}
