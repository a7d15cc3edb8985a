/**
 * Community detection for delineating cluster spheres (methods.md §7): {@link org.hanse.analysis.community.Modularity}
 * (weighted, resolution γ; directed Leicht–Newman), seeded {@link org.hanse.analysis.community.Louvain} and
 * {@link org.hanse.analysis.community.Leiden} maximising modularity or CPM (both return connected communities), and
 * {@link org.hanse.analysis.community.Partition} with normalised mutual information to compare runs. Same seed ⇒
 * same partition.
 */
package org.hanse.analysis.community;
