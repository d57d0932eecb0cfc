package org.jiulongpo.plan.document.element;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One element of the plan document, as the migrations load it from the plan text. Read-only in
 * this service: the text changes only through a migration.
 */
@Entity
public class PlanElement extends PanacheEntityBase {

    @Id
    public String id;
    public ElementType type;
    public String num;
    public Integer numValue;
    public String titleZh;
    public String titleEn;
    public String textZh;
    public int lineFrom;
    public int lineTo;
    public String parentId;
    public int siblingOrder;
    public int depth;
    public int documentOrder;
    public String citationZh;
    public String citationEn;
    public String damageNote;
    public long version;
    public OffsetDateTime updatedAt;
}
