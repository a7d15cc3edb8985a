package org.hanse.store.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hanse.ingest.format.Column;
import org.hanse.ingest.format.ColumnType;
import org.hanse.ingest.format.Csv;
import org.hanse.model.Dataset;
import org.hanse.store.access.UserAccount;
import org.hanse.store.engagement.Engagement;

/**
 * Writes records in the import formats, so an exported file can be edited and imported again: CSV (one file per
 * record kind), XLSX (one sheet per kind) or JSON (one array per kind). Text cells of CSV and XLSX files are
 * protected against formula injection ({@link SpreadsheetSafety}); numbers go to XLSX as numeric cells. Each file
 * is written under a temporary name and moved into place, so a failed export leaves no half-written file.
 */
public final class Exporter {
  private static final Set<ColumnType> NUMERIC = Set.of(ColumnType.INTEGER, ColumnType.YEAR, ColumnType.NUMBER,
      ColumnType.POSITIVE_NUMBER, ColumnType.LATITUDE, ColumnType.LONGITUDE);

  private Exporter() {}

  /** The export formats. */
  public enum Format {
    CSV,
    XLSX,
    JSON;

    public String extension() {
      return "." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** CSV encodings offered: UTF-8 with BOM opens correctly in Excel, GB18030 in older Chinese Excel. */
  public enum CsvEncoding {
    UTF_8_BOM(StandardCharsets.UTF_8, true),
    UTF_8(StandardCharsets.UTF_8, false),
    GB18030(Encodings.GB18030, false);

    private final Charset charset;
    private final boolean bom;

    CsvEncoding(Charset charset, boolean bom) {
      this.charset = charset;
      this.bom = bom;
    }

    public static CsvEncoding parse(String s) {
      String n = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      return switch (n) {
        case "utf-8-bom", "utf8-bom", "utf-8-sig" -> UTF_8_BOM;
        case "utf-8", "utf8" -> UTF_8;
        case "gb18030", "gbk", "gb2312" -> GB18030;
        default -> throw new IllegalArgumentException("unknown CSV encoding '" + s
            + "' (use utf-8-bom, utf-8 or gb18030)");
      };
    }
  }

  /** Rows of every kind, in the export formats' column order. */
  public static Map<RecordKind, List<List<String>>> rows(Dataset d, List<Engagement> engagements,
      List<UserAccount> users) {
    Map<RecordKind, List<List<String>>> out = new EnumMap<>(RecordKind.class);
    out.put(RecordKind.SOURCES, d.sources().values().stream().map(RecordRows::row).toList());
    out.put(RecordKind.CITIES, d.cities().values().stream().map(RecordRows::row).toList());
    out.put(RecordKind.CLUSTERS, d.clusters().values().stream().map(RecordRows::row).toList());
    List<List<String>> members = new ArrayList<>();
    d.clusters().values().forEach(c -> members.addAll(RecordRows.memberRows(c)));
    out.put(RecordKind.CLUSTER_MEMBERS, members);
    out.put(RecordKind.ACTORS, d.actors().values().stream().map(RecordRows::row).toList());
    out.put(RecordKind.INDICATOR_DEFINITIONS, d.indicatorDefinitions().values().stream().map(RecordRows::row).toList());
    out.put(RecordKind.INDICATORS, d.indicators().stream().map(RecordRows::row).toList());
    out.put(RecordKind.TIES, d.ties().stream().map(RecordRows::row).toList());
    out.put(RecordKind.ENGAGEMENTS, engagements.stream().map(RecordRows::row).toList());
    out.put(RecordKind.USERS, users.stream().map(u -> List.of(u.username(), u.displayName(), u.role().key(),
        String.join(";", new TreeSet<>(u.cityIds())), String.join(";", new TreeSet<>(u.clusterIds())),
        Boolean.toString(u.disabled()))).toList());
    return out;
  }

  /**
   * Writes the given kinds. CSV: {@code target} is a folder that gets one {@code <kind>.csv} per kind, or, for one
   * kind, may be a {@code .csv} file. XLSX and JSON: {@code target} is the file. Returns the files written.
   */
  public static List<Path> write(Map<RecordKind, List<List<String>>> rows, List<RecordKind> kinds, Path target,
      Format format, CsvEncoding encoding) {
    try {
      return switch (format) {
        case CSV -> writeCsv(rows, kinds, target, encoding);
        case XLSX -> List.of(writeXlsx(rows, kinds, target));
        case JSON -> List.of(writeJson(rows, kinds, target));
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> writeCsv(Map<RecordKind, List<List<String>>> rows, List<RecordKind> kinds, Path target,
      CsvEncoding encoding) throws IOException {
    boolean singleFile = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    if (singleFile && kinds.size() != 1) {
      throw new IllegalArgumentException("a single .csv file holds one record kind; name a folder to export "
          + kinds.size() + " kinds, or choose one with --kind");
    }
    List<Path> written = new ArrayList<>();
    if (!singleFile) {
      Files.createDirectories(target);
    }
    for (RecordKind k : kinds) {
      Path file = singleFile ? target : target.resolve(k.key() + ".csv");
      atomically(file, out -> {
        if (encoding.bom) {
          out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, encoding.charset.newEncoder()));
        Csv.writeRecord(w, k.format().header());
        List<Column> cols = k.format().columns();
        for (List<String> r : rows.get(k)) {
          List<String> safe = new ArrayList<>(r.size());
          for (int i = 0; i < r.size(); i++) {
            safe.add(NUMERIC.contains(cols.get(i).type()) ? r.get(i) : SpreadsheetSafety.neutralise(r.get(i)));
          }
          Csv.writeRecord(w, safe);
        }
        w.flush();
      });
      written.add(file);
    }
    return written;
  }

  private static Path writeXlsx(Map<RecordKind, List<List<String>>> rows, List<RecordKind> kinds, Path target)
      throws IOException {
    // The streaming workbook keeps only a window of rows in memory: exports of a hundred thousand rows stay small.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      for (RecordKind k : kinds) {
        Sheet sheet = wb.createSheet(k.key());
        List<Column> cols = k.format().columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < cols.size(); i++) {
          header.createCell(i).setCellValue(cols.get(i).name());
        }
        int r = 1;
        for (List<String> values : rows.get(k)) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v.isEmpty()) {
              continue;
            }
            Cell cell = row.createCell(i);
            if (NUMERIC.contains(cols.get(i).type())) {
              cell.setCellValue(Double.parseDouble(v));
            } else {
              cell.setCellValue(SpreadsheetSafety.neutralise(v));
            }
          }
        }
      }
      atomically(target, wb::write);
      wb.dispose();
    }
    return target;
  }

  private static Path writeJson(Map<RecordKind, List<List<String>>> rows, List<RecordKind> kinds, Path target)
      throws IOException {
    atomically(target, out -> {
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", "hanse");
        g.writeNumberField("version", 1);
        g.writeStringField("exported_at", Instant.now().toString());
        for (RecordKind k : kinds) {
          List<Column> cols = k.format().columns();
          g.writeArrayFieldStart(k.key());
          for (List<String> values : rows.get(k)) {
            g.writeStartObject();
            for (int i = 0; i < values.size(); i++) {
              String v = values.get(i);
              String name = cols.get(i).name();
              if (v.isEmpty()) {
                continue;
              }
              if (NUMERIC.contains(cols.get(i).type())) {
                g.writeFieldName(name);
                g.writeNumber(v);
              } else if (k == RecordKind.USERS && (name.equals("cities") || name.equals("clusters"))) {
                g.writeArrayFieldStart(name);
                for (String id : v.split(";")) {
                  g.writeString(id);
                }
                g.writeEndArray();
              } else if (k == RecordKind.USERS && name.equals("disabled")) {
                g.writeBooleanField(name, Boolean.parseBoolean(v));
              } else {
                g.writeStringField(name, v);
              }
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
    });
    return target;
  }

  /** Something that writes a file's content. */
  @FunctionalInterface
  interface Content {
    void write(OutputStream out) throws IOException;
  }

  private static void atomically(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
