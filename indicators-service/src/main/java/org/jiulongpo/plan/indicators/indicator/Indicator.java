package org.jiulongpo.plan.indicators.indicator;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A plan indicator as read from the plan text (migration V2). Enumerated columns hold the API's
 * wire codes; {@link org.jiulongpo.plan.indicators.indicator.mapping.IndicatorMapper} turns them
 * into enums. {@code version} and {@code updatedAt} move whenever an observation is recorded,
 * because the indicator's progress changes with it.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;
    public String plan;
    public String seq;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "category_code")
    public String categoryCode;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "unit_zh")
    public String unitZh;
    @Column(name = "unit_en")
    public String unitEn;
    public String attribute;
    public String direction;
    @Column(name = "value_type")
    public String valueType;
    @Column(name = "source_column")
    public String sourceColumn;
    @Column(name = "source_chapter")
    public String sourceChapter;
    @Column(name = "source_quote")
    public String sourceQuote;
    @Column(name = "source_line")
    public int sourceLine;
    @Column(name = "related_code")
    public String relatedCode;
    @Column(name = "reading_note")
    public String readingNote;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    public long version;
}
