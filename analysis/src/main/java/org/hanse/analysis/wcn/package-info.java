/**
 * The GaWC interlocking network model of world-city connectivity and its diplomacy adaptation (methods.md §1).
 *
 * <p>Start from a {@link org.hanse.analysis.wcn.ServiceValueMatrix} (sparse city × firm service values), built
 * from arrays or from a {@link org.hanse.model.Dataset} with {@link org.hanse.analysis.wcn.ServiceValueMatrices}
 * ({@code firmOffices} for GaWC data, {@code diplomaticAffiliations} for organisations, city networks and sending
 * countries). Then:
 * <ul>
 *   <li>{@link org.hanse.analysis.wcn.GlobalNetworkConnectivity}: GNC N_a in O(nnz), exact {@code long}; sector
 *       GNC; {@link org.hanse.analysis.wcn.ConnectivityResult} gives T, P_a, shares and ranks;</li>
 *   <li>{@link org.hanse.analysis.wcn.DyadConnectivity}: r_ab on demand, p_ab, d_ab, directional share, the sparse
 *       projection ({@link org.hanse.analysis.wcn.CityDyads}) and its graph;</li>
 *   <li>{@link org.hanse.analysis.wcn.ClusterConnectivity}: external vs internal connectivity of a cluster;</li>
 *   <li>{@link org.hanse.analysis.wcn.HeadquarterLinkage}: the directed HQ primary-linkage sketch.</li>
 * </ul>
 * Neal's alter-based centrality and power run on the projection graph:
 * {@link org.hanse.analysis.network.AlterBasedCentrality}.
 *
 * <p>Parity contract for other implementations (e.g. Spark): for a matrix V with non-negative integer cells,
 * {@code GNC_a = Σ_j v_aj (S_j − v_aj)} with S_j the column totals, computed exactly; equal values rank by city id.
 */
package org.hanse.analysis.wcn;
