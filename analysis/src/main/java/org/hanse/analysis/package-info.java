/**
 * The measures of city-cluster diplomacy as pure functions over a {@link org.hanse.model.Dataset} snapshot or over
 * plain arrays: the GaWC interlocking network model ({@code wcn}), social network analysis ({@code network}),
 * communities ({@code community}), link prediction ({@code linkprediction}), spatial interaction ({@code spatial}),
 * composite indices and coupling coordination ({@code index}) and inequality and specialisation
 * ({@code inequality}).
 *
 * <p>Every formula follows the project's methods specification ("methods.md"), which is cited section by section in
 * the Javadoc. Every result carries a {@link org.hanse.analysis.Provenance} and lists what it left out as
 * {@link org.hanse.analysis.Exclusion}s: missing data is never silently read as zero.
 */
package org.hanse.analysis;
