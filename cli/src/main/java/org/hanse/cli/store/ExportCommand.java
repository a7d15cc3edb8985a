package org.hanse.cli.store;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hanse.cli.UserError;
import org.hanse.store.HanseStore;
import org.hanse.store.io.Exporter;
import org.hanse.store.io.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanse export DIR}: writes the current records in the import formats. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the current records in the formats 'hanse import' reads (docs/data-formats.md).",
      "",
      "CSV writes one KIND.csv per kind into DIR; XLSX writes DIR/hanse.xlsx with one sheet per kind; JSON writes"
          + " DIR/hanse.json. A target ending in .csv (one kind), .xlsx or .json is written as that file. Values"
          + " starting with = + - @ get a leading ' so that spreadsheets never run them as formulas."
    },
    sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreAccess access;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (made if missing), or a file")
  Path target;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "csv",
      description = "csv, xlsx or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--kinds", paramLabel = "KIND", split = ",",
      description = "Record kinds to export, comma-separated (default: all but users): sources, cities, clusters,"
          + " cluster_members, actors, indicator_definitions, indicators, ties, engagements, users")
  List<String> kinds;

  @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "utf-8-bom",
      description = "CSV encoding: utf-8-bom (opens in Excel), utf-8 or gb18030 (default: ${DEFAULT-VALUE})")
  String encoding;

  @Override
  public Integer call() {
    Exporter.Format fmt = format(format);
    List<RecordKind> chosen = kinds(kinds);
    Exporter.CsvEncoding enc;
    try {
      enc = Exporter.CsvEncoding.parse(encoding);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Path file = target;
    String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean namedFile = name.endsWith(fmt.extension()) && !Files.isDirectory(target);
    for (Exporter.Format other : Exporter.Format.values()) {
      // out.json with --format csv would otherwise become a folder named out.json holding CSV files.
      if (other != fmt && name.endsWith(other.extension()) && !Files.isDirectory(target)) {
        throw new UserError("the target " + target + " ends in " + other.extension() + " but the format is "
            + fmt.name().toLowerCase(Locale.ROOT) + ": name a folder, a file ending in " + fmt.extension()
            + ", or use --format " + other.name().toLowerCase(Locale.ROOT));
      }
    }
    try {
      if (!namedFile) {
        Files.createDirectories(target);
        if (fmt != Exporter.Format.CSV) {
          file = target.resolve("hanse" + fmt.extension());
        }
      } else if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
    } catch (java.io.IOException e) {
      throw new UserError("cannot create " + target + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (HanseStore store = access.openLoaded()) {
      if (chosen.contains(RecordKind.USERS)
          && access.who(store).role() != org.hanse.store.access.Role.ADMINISTRATOR) {
        throw new UserError("only administrators may export users");
      }
      List<Path> written;
      try {
        written = store.export(file, fmt, chosen, enc);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      for (Path p : written) {
        out.println("wrote " + p);
      }
    }
    out.flush();
    return 0;
  }

  static Exporter.Format format(String s) {
    try {
      return Exporter.Format.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("unknown format '" + s + "'; use csv, xlsx or json");
    }
  }

  static List<RecordKind> kinds(List<String> names) {
    List<RecordKind> out = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      for (RecordKind k : RecordKind.values()) {
        if (k != RecordKind.USERS) {
          out.add(k);
        }
      }
      return out;
    }
    for (String n : names) {
      RecordKind k = null;
      for (RecordKind c : RecordKind.values()) {
        if (c.key().equals(n.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
          k = c;
        }
      }
      if (k == null) {
        throw new UserError("unknown record kind '" + n + "'; use " + RecordKind.keys());
      }
      if (!out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }
}
