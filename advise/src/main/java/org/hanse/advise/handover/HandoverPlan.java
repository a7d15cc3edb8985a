package org.hanse.advise.handover;

import java.util.List;

/**
 * Hand-over advice for a cluster's central city: one analysis per function it has international ties in, core
 * functions first.
 *
 * @param clusterId   the cluster
 * @param centralId   the central city
 * @param share       the share of the centre's ties of a function assumed to move in the concentration effect
 * @param functions   the analyses
 */
public record HandoverPlan(String clusterId, String centralId, double share, List<FunctionHandover> functions) {
  public HandoverPlan {
    functions = List.copyOf(functions);
  }
}
