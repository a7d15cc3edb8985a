package org.hanse.spark.network;

import java.io.Serializable;

/**
 * What a GraphX vertex carries during the PageRank iteration.
 *
 * @param rank        current score x_u
 * @param outStrength s_u, the sum of the weights of u's out-edges; 0 marks a dangling node
 * @param change      |x_u − previous x_u| of the last iteration
 */
public record PageRankState(double rank, double outStrength, double change) implements Serializable {
  public boolean dangling() {
    return outStrength == 0;
  }
}
