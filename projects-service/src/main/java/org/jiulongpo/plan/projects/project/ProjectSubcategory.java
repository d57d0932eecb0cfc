package org.jiulongpo.plan.projects.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A heading of a project column, e.g. 轨道 in 专栏4. */
@Entity
@Table(name = "project_subcategory")
public class ProjectSubcategory extends PanacheEntityBase {

    @Id
    public String code;
    public String sector;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sort_order")
    public int sortOrder;
}
