/**
 * Community detection for delineating cluster spheres (methods.md §7): {@link org.hanse.analysis.community.Modularity}
 * (weighted, resolution γ; directed Leicht–Newman), seeded {@link org.hanse.analysis.community.Louvain} maximising
 * modularity or CPM, and {@link org.hanse.analysis.community.Partition} with normalised mutual information to compare
 * runs. Same seed ⇒ same partition.
 */
package org.hanse.analysis.community;
