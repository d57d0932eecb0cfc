package org.jiulongpo.plan.indicators.indicator;

import java.time.OffsetDateTime;

import org.jiulongpo.plan.indicators.progress.Attribute;
import org.jiulongpo.plan.indicators.progress.Direction;
import org.jiulongpo.plan.indicators.progress.ValueType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A plan indicator as read from the plan text (migration V2). {@code version} and
 * {@code updatedAt} move whenever an observation is recorded, because the indicator's progress
 * changes with it.
 */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;
    public Plan plan;
    public IndicatorKind kind;
    public String seq;
    public int sortOrder;
    public String parentCode;
    public String categoryCode;
    public String nameZh;
    public String nameEn;
    public String unitZh;
    public String unitEn;
    public Attribute attribute;
    public Direction direction;
    public ValueType valueType;
    public String sourceColumn;
    public String sourceChapter;
    public String sourceQuote;
    public int sourceLine;
    /** The plan-service element (paragraph or 专栏 row) whose lines hold {@code sourceLine}. */
    public String sourceElement;
    /** The indicator this one restates (the same target stated again): aggregates count the pair once. */
    public String relatedCode;
    public String readingNote;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public long version;
}
