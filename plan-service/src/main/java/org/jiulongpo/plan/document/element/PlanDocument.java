package org.jiulongpo.plan.document.element;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The plan as a published document: what its web page says about it above the text. One row. */
@Entity
public class PlanDocument extends PanacheEntityBase {

    @Id
    public String id;
    public String titleZh;
    public String titleEn;
    public String issuerZh;
    public String issuerShortZh;
    public String issuerEn;
    public String indexNumber;
    public String documentNumber;
    public String subjectCategoryZh;
    public String genreZh;
    public LocalDate writtenOn;
    public LocalDate publishedOn;
    public String sourceUrl;
    public String sourceFile;
    public int lineFrom;
    public int lineTo;
    public long version;
    public OffsetDateTime updatedAt;
}
