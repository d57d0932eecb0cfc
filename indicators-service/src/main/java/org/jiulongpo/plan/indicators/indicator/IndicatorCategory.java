package org.jiulongpo.plan.indicators.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A category heading of a plan table (专栏1) or a goal paragraph of 第十二章. */
@Entity
public class IndicatorCategory extends PanacheEntityBase {

    @Id
    public String code;
    public Plan plan;
    public String nameZh;
    public String nameEn;
    public int sortOrder;
}
