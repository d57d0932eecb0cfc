package org.jiulongpo.plan.projects.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A major project as named in the plan (migration V2), with its tracking state. Enumerated
 * columns hold the API's wire codes. {@code version} moves with every change; deletion is soft.
 */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String sector;
    @Column(name = "subcategory_code")
    public String subcategoryCode;
    @Column(name = "plan_stage")
    public String planStage;
    @Column(name = "plan_stage_phrase")
    public String planStagePhrase;
    @Column(name = "location_zh")
    public String locationZh;
    @Column(name = "location_en")
    public String locationEn;
    public BigDecimal latitude;
    public BigDecimal longitude;
    @Column(name = "source_column")
    public String sourceColumn;
    @Column(name = "source_chapter")
    public String sourceChapter;
    @Column(name = "source_quote")
    public String sourceQuote;
    @Column(name = "source_line")
    public int sourceLine;
    @Column(name = "reading_note")
    public String readingNote;
    @Column(name = "sort_order")
    public int sortOrder;
    public String status;
    @Column(name = "progress_percent")
    public int progressPercent;
    @Column(name = "last_reported_at")
    public OffsetDateTime lastReportedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
    public long version;
}
