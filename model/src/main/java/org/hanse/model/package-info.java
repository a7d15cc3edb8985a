/**
 * The domain of city-cluster diplomacy as immutable values: cities, clusters, foreign actors, typed and dated
 * ties, indicators and the sources they come from, gathered in a {@link org.hanse.model.Dataset} snapshot.
 *
 * <p>This module does no I/O. Everything else in Hanse reads a {@code Dataset}; nothing mutates one.
 */
package org.hanse.model;
