package org.jiulongpo.plan.indicators.indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import org.jiulongpo.plan.indicators.progress.Qualifier;
import org.jiulongpo.plan.indicators.progress.ValueType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A baseline, target or outcome cell of the plan for one indicator. */
@Entity
@IdClass(IndicatorPlanValue.Key.class)
public class IndicatorPlanValue extends PanacheEntityBase {

    @Id
    public String indicatorCode;
    @Id
    public String kind;
    public int year;
    public BigDecimal value;
    public String raw;
    public Qualifier qualifier;
    /** Null: the indicator's value type. */
    public ValueType valueType;
    public String note;

    public static class Key implements Serializable {
        public String indicatorCode;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(indicatorCode, k.indicatorCode) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorCode, kind);
        }
    }
}
