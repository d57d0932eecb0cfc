package org.jiulongpo.plan.projects.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An item of a plan project column (migrations V2, V4 and later), with its tracking state. Enumerated
 * columns hold the API's wire codes (the converters beside the enums). {@code version} moves
 * with every change; deletion is soft.
 */
@Entity
public class Project extends PanacheEntityBase {

    @Id
    public String code;
    public String nameZh;
    public String nameEn;
    public Sector sector;
    public String subcategoryCode;
    public ProjectKind kind;
    public Specificity specificity;
    public PlanStage planStage;
    public String planStagePhrase;
    public String locationZh;
    public String locationEn;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public String sourceColumn;
    public String sourceChapter;
    public String sourceQuote;
    public int sourceLine;
    public String sourceElement;
    public String readingNote;
    public int sortOrder;
    public ProjectStatus status;
    /** Null until a status report gives one. */
    public Integer progressPercent;
    public OffsetDateTime lastReportedAt;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime deletedAt;
    public long version;

    /** Every change moves the version (what ETags and the data version are made of) and updatedAt. */
    public void touch(OffsetDateTime at) {
        version++;
        updatedAt = at;
    }
}
