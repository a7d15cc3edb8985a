package org.hanse.advise.handover;

import java.util.List;
import java.util.Map;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.analysis.Provenance;

/**
 * The hand-over analysis of one function of a central city.
 *
 * @param function       the function
 * @param core           true when the central city is specialised in it (LQ ≥ 1 against all cities)
 * @param centralTies    the central city's international ties serving it
 * @param centralLq      its location quotient
 * @param centralShare   its share of the cluster's ties of this function
 * @param weights        the entropy weight of each criterion
 * @param candidates     the other members, best placed first
 * @param notRanked      other members not ranked because a criterion has no value for them
 * @param provenance     method, parameters, data, imputations
 */
public record FunctionHandover(DiplomaticFunction function, boolean core, double centralTies, double centralLq,
    double centralShare, Map<HandoverCriterion, Double> weights, List<HandoverCandidate> candidates,
    List<NotRanked> notRanked, Provenance provenance) {
  public FunctionHandover {
    weights = Map.copyOf(weights);
    candidates = List.copyOf(candidates);
    notRanked = List.copyOf(notRanked);
  }
}
