package org.jiulongpo.plan.indicators.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category heading of a plan table (专栏1) or a goal paragraph of 第十二章. */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory extends PanacheEntityBase {

    @Id
    public String code;
    public String plan;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;
}
