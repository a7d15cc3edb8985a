/**
 * Social network analysis of city networks with UCINET/Freeman conventions (methods.md §2).
 *
 * <p>Graphs: {@link org.hanse.analysis.network.WeightedGraph} (immutable, weighted, directed or undirected; edge
 * weights are strengths), built directly, from JGraphT, from the interlock projection, or from a Dataset through
 * {@link org.hanse.analysis.network.MultiplexNetwork} (layers = tie types, year window, weighting; city–actor
 * layers as {@link org.hanse.analysis.network.BipartiteLayer}s projected on demand).
 *
 * <p>Measures, one class each, results as {@link org.hanse.analysis.Scores} with provenance:
 * {@link org.hanse.analysis.network.DegreeCentrality} (degree, strength, density, Freeman degree centralisation),
 * {@link org.hanse.analysis.network.ClosenessCentrality} (Wasserman–Faust, harmonic),
 * {@link org.hanse.analysis.network.BetweennessCentrality} (parallel weighted Brandes, UCINET normalisation),
 * {@link org.hanse.analysis.network.EigenvectorCentrality}, {@link org.hanse.analysis.network.PageRank},
 * {@link org.hanse.analysis.network.BonacichPower}, {@link org.hanse.analysis.network.FreemanCentralisation},
 * {@link org.hanse.analysis.network.CorePeriphery} (continuous Borgatti–Everett, seeded),
 * {@link org.hanse.analysis.network.CategoricalCorePeriphery},
 * {@link org.hanse.analysis.network.StructuralHoles} (Burt), {@link org.hanse.analysis.network.AlterBasedCentrality}
 * (Neal), {@link org.hanse.analysis.network.ClusterTies} (the cluster as a node, E–I index),
 * {@link org.hanse.analysis.network.QapCorrelation} (exact or seeded permutations),
 * {@link org.hanse.analysis.network.MrqapRegression} (Y-permutation); helpers
 * {@link org.hanse.analysis.network.ConnectedComponents} and {@link org.hanse.analysis.network.SpectralRadius}.
 *
 * <p>Shortest-path measures convert strengths to lengths with an {@link org.hanse.analysis.network.EdgeCost}
 * (default 1/w). PageRank's exact convention (damping 0.85, weighted transitions, dangling mass spread uniformly,
 * scores summing to 1, tolerance 1e-12 per node) is stated in {@link org.hanse.analysis.network.PageRank} for
 * parity checks with networkx and Spark.
 */
package org.hanse.analysis.network;
