package org.jiulongpo.plan.indicators.indicator.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The current observed value of each year, per indicator: what progress is computed from.
 * An interface because observations are owned by observation/, which sits above indicator/ (it
 * locks and versions the indicator it records for); observation/ implements it.
 */
public interface ObservedValues {

    /** Year to current value, for each of {@code codes} that has any. */
    Map<String, SortedMap<Integer, BigDecimal>> current(List<String> codes);
}
