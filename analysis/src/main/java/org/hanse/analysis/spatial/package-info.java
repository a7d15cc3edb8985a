/**
 * Spatial interaction (methods.md §3): {@link org.hanse.analysis.spatial.GravityModel} (with the directional k_ij
 * variant, linkage shares, central-city radiation shares, gravity networks),
 * {@link org.hanse.analysis.spatial.FieldStrength} (field strength and hinterlands),
 * {@link org.hanse.analysis.spatial.BreakingPoint}, {@link org.hanse.analysis.spatial.UrbanPrimacy} (S2, S4, S11)
 * and {@link org.hanse.analysis.spatial.RankSizeRule} (Zipf OLS, Gabaix–Ibragimov). Inputs are known values only:
 * NaN is refused.
 */
package org.hanse.analysis.spatial;
