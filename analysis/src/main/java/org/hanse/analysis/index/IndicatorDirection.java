package org.hanse.analysis.index;

/** Whether more of an indicator is better (benefit), worse (cost) or best near a target (moderate, 适度). */
public enum IndicatorDirection {
  POSITIVE,
  NEGATIVE,
  MODERATE
}
