package org.hanse.store.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hanse.ingest.format.BundleFormats;
import org.hanse.ingest.format.FileFormat;

/**
 * The kinds of record that can be imported and exported, each with its columns. The knowledge-base kinds use the
 * bundled-data formats of {@link BundleFormats} unchanged, so a bundled file can be imported as it is; engagements
 * and users are defined here. The order is the import order: referenced records first.
 */
public enum RecordKind {
  SOURCES(BundleFormats.SOURCES),
  CITIES(BundleFormats.CITIES),
  CLUSTERS(BundleFormats.CLUSTERS),
  CLUSTER_MEMBERS(BundleFormats.CLUSTER_MEMBERS),
  ACTORS(BundleFormats.ACTORS),
  INDICATOR_DEFINITIONS(BundleFormats.INDICATOR_DEFINITIONS),
  INDICATORS(BundleFormats.INDICATORS),
  TIES(BundleFormats.TIES),
  ENGAGEMENTS(StoreFormats.ENGAGEMENTS),
  USERS(StoreFormats.USERS);

  private final FileFormat format;

  RecordKind(FileFormat format) {
    this.format = format;
  }

  public FileFormat format() {
    return format;
  }

  /** The name used for files, sheets and JSON properties, e.g. {@code cluster_members}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a file, sheet or property name stands for: {@code ties}, {@code Ties.csv}, {@code 2024-ties} … */
  public static Optional<RecordKind> fromName(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    int dot = n.lastIndexOf('.');
    if (dot > 0) {
      n = n.substring(0, dot);
    }
    n = n.replace('-', '_').replace(' ', '_').replace('.', '_');
    // Longest key first, so "cluster_members" wins over "clusters" and "indicator_definitions" over "indicators".
    RecordKind best = null;
    for (RecordKind k : values()) {
      if ((n.equals(k.key()) || n.endsWith("_" + k.key()) || n.startsWith(k.key() + "_"))
          && (best == null || k.key().length() > best.key().length())) {
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The kind whose required columns are all in the header, when exactly one kind fits. */
  public static Optional<RecordKind> fromHeader(List<String> header) {
    RecordKind found = null;
    for (RecordKind k : values()) {
      boolean fits = k.format.columns().stream().filter(c -> c.required()).allMatch(c -> header.contains(c.name()))
          && header.stream().allMatch(h -> k.format.columns().stream().anyMatch(c -> c.name().equals(h)));
      if (fits) {
        if (found != null) {
          return Optional.empty();
        }
        found = k;
      }
    }
    return Optional.ofNullable(found);
  }

  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(RecordKind::key).toList());
  }
}
