package org.hanse.ingest.bundle;

import static org.hanse.ingest.format.BundleFormats.ACTORS;
import static org.hanse.ingest.format.BundleFormats.CITIES;
import static org.hanse.ingest.format.BundleFormats.CLUSTERS;
import static org.hanse.ingest.format.BundleFormats.CLUSTER_MEMBERS;
import static org.hanse.ingest.format.BundleFormats.INDICATORS;
import static org.hanse.ingest.format.BundleFormats.INDICATOR_DEFINITIONS;
import static org.hanse.ingest.format.BundleFormats.MANIFEST;
import static org.hanse.ingest.format.BundleFormats.SOURCES;
import static org.hanse.ingest.format.BundleFormats.TIES;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.FileFormat;
import org.hanse.ingest.format.Numbers;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;

/**
 * Writes a {@link Dataset} as a data folder (one UTF-8 CSV file per record kind, see
 * {@link org.hanse.ingest.format.BundleFormats}). Records are written in the dataset's order, so
 * {@link BundleReader#read} gives back an equal dataset. Each file is written to a temporary name first and then
 * moved into place, so a failed write does not leave half a file behind.
 */
public final class BundleWriter {
  /** Version of the folder layout, written to the manifest. */
  public static final String FORMAT_VERSION = "1";

  private BundleWriter() {}

  public static void write(Dataset d, Path dir) {
    try {
      Files.createDirectories(dir);
      write(dir, MANIFEST, List.of(
          List.of("format_version", FORMAT_VERSION),
          List.of("label", d.label()),
          List.of("last_year", Integer.toString(d.lastYear()))), r -> r);
      write(dir, SOURCES, d.sources().values(), s -> List.of(
          s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url()));
      write(dir, CITIES, d.cities().values(), BundleWriter::cityRow);
      write(dir, CLUSTERS, d.clusters().values(), c -> List.of(
          c.id(), c.nameEn(), c.nameZh(), c.definition(), c.definitionUrl()));
      List<List<String>> members = new ArrayList<>();
      for (Cluster c : d.clusters().values()) {
        for (int k = 0; k < c.memberIds().size(); k++) {
          String city = c.memberIds().get(k);
          int rank = c.centralIds().indexOf(city);
          members.add(List.of(c.id(), Integer.toString(k + 1), city, rank >= 0 ? "central" : "member",
              rank >= 0 ? Integer.toString(rank + 1) : ""));
        }
      }
      write(dir, CLUSTER_MEMBERS, members, r -> r);
      write(dir, ACTORS, d.actors().values(), a -> List.of(
          a.id(), a.kind().key(), a.nameEn(), a.nameZh(), a.country(), a.sector(), a.sourceId()));
      write(dir, TIES, d.ties(), t -> List.of(
          t.id(), t.type().key(), t.cityId(), t.partnerId(), year(t.fromYear()), year(t.toYear()),
          Numbers.format(t.weight()), t.detail(), t.sourceId()));
      write(dir, INDICATOR_DEFINITIONS, d.indicatorDefinitions().values(), i -> List.of(
          i.code(), i.scope().name().toLowerCase(Locale.ROOT), i.nameEn(), i.nameZh(), i.unit(), i.sourceId()));
      write(dir, INDICATORS, d.indicators(), i -> List.of(
          i.subjectId(), i.code(), Integer.toString(i.year()), Numbers.format(i.value()), i.unit(), i.sourceId()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<String> cityRow(City c) {
    boolean pop = c.population() != null;
    return List.of(c.id(), c.nameEn(), c.nameZh(), c.country(), c.adminRegion(),
        Numbers.format(c.latitude()), Numbers.format(c.longitude()),
        pop ? Long.toString(c.population().value()) : "",
        pop && c.population().year() != null ? Integer.toString(c.population().year()) : "",
        pop ? c.population().sourceId() : "");
  }

  private static String year(Integer y) {
    return y == null ? "" : Integer.toString(y);
  }

  private static <T> void write(Path dir, FileFormat f, Iterable<T> records, Function<T, List<String>> row)
      throws IOException {
    Path target = dir.resolve(f.fileName());
    Path tmp = dir.resolve(f.fileName() + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      Csv.writeRecord(out, f.header());
      for (T r : records) {
        Csv.writeRecord(out, row.apply(r));
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
