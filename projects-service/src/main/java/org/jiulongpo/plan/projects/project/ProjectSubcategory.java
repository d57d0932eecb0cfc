package org.jiulongpo.plan.projects.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A heading of a project column, e.g. 轨道 in 专栏4. */
@Entity
public class ProjectSubcategory extends PanacheEntityBase {

    @Id
    public String code;
    public Sector sector;
    public String nameZh;
    public String nameEn;
    public int sortOrder;
}
