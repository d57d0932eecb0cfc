package org.jiulongpo.plan.indicators.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One revision of a monitored annual value. Rows are only ever inserted. */
@Entity
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String indicatorCode;
    public int year;
    public int revision;
    public BigDecimal value;
    public ObservationStatus status;
    public String source;
    public String note;
    public String reason;
    public String recordedBy;
    public OffsetDateTime recordedAt;
}
