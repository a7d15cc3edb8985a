package org.hanse.ingest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;

/** A raw source file read as CSV with a header row; fields are looked up by header name. */
final class RawTable {
  private final Path file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<CsvRecord> rows;

  private RawTable(Path file, List<String> header, List<CsvRecord> rows) {
    this.file = file;
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
    this.rows = rows;
  }

  /** Reads a file with a header row; a raw file that cannot be parsed stops the build with its name and line. */
  static RawTable read(Path file) throws IOException {
    return read(file, ',', true);
  }

  static RawTable read(Path file, char delimiter, boolean header) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new RawDataException(file + ": file is missing");
    }
    Csv.Parsed p = Csv.read(file, delimiter);
    if (!p.problems().isEmpty()) {
      throw new RawDataException(file + ":" + p.problems().get(0).row() + ": " + p.problems().get(0).rule());
    }
    List<CsvRecord> recs = p.records();
    if (!header) {
      return new RawTable(file, List.of(), recs);
    }
    if (recs.isEmpty()) {
      throw new RawDataException(file + ": file is empty");
    }
    return new RawTable(file, recs.get(0).fields(), new ArrayList<>(recs.subList(1, recs.size())));
  }

  List<CsvRecord> rows() {
    return rows;
  }

  String get(CsvRecord r, String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new RawDataException(file + ": column " + column + " is missing from the header");
    }
    return r.get(i).strip();
  }

  Path file() {
    return file;
  }
}
