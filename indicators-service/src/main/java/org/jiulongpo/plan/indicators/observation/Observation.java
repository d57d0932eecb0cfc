package org.jiulongpo.plan.indicators.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One revision of a monitored annual value, with where it was published. Rows are only ever inserted. */
@Entity
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String indicatorCode;
    public int year;
    public int revision;
    public BigDecimal value;
    public ObservationStatus basis;
    public String sourceTitle;
    public String sourcePublisher;
    /** Null where the source prints no date. */
    public LocalDate sourcePublishedOn;
    public String sourceUrl;
    public String sourcePhrase;
    /** False where the source's definition differs from the indicator's: kept and served, never in progress. */
    public boolean comparable;
    public String note;
    public String revisionReason;
    public String recordedBy;
    public OffsetDateTime recordedAt;
}
