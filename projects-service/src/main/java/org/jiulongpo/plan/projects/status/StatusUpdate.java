package org.jiulongpo.plan.projects.status;

import java.time.LocalDate;
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
    /** Null when the report stated no percentage (allowed since V12). */
    public Integer progressPercent;
    /** Null for the first report: before it, no progress was reported. */
    public Integer previousProgressPercent;
    public String note;
    public OffsetDateTime reportedAt;
    public String evidenceUrl;
    public String recordedBy;
    public OffsetDateTime recordedAt;
    public long projectVersion;
    /** The provenance below is null on every report recorded before it was required (V11). */
    public String sourceTitle;
    public String sourcePublisher;
    public LocalDate sourcePublishedOn;
    public String sourceUrl;
    public String sourcePhrase;
    public String basis;
    public String revisionReason;
    public Boolean comparable;
}
