package org.hanse.ingest.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read against its {@link FileFormat}: the header is matched by name (columns may come in any order,
 * optional columns may be left out), and every cell is checked against its column's type before anyone reads it.
 * Problems go to a shared list, so one pass reports everything that is wrong with a file.
 */
public final class CsvTable {
  private final String fileName;
  private final FileFormat format;
  private final List<Row> rows;
  private final List<Problem> problems;
  private final Map<String, Integer> positions = new HashMap<>();

  private CsvTable(String fileName, FileFormat format, List<Row> rows, List<Problem> problems) {
    this.fileName = fileName;
    this.format = format;
    this.rows = rows;
    this.problems = problems;
    for (int c = 0; c < format.columns().size(); c++) {
      positions.put(format.columns().get(c).name(), c);
    }
  }

  /** Reads and checks a file; problems are appended to {@code problems}. */
  public static CsvTable read(Path file, FileFormat format, List<Problem> problems) throws IOException {
    Csv.Parsed parsed = Csv.read(file, ',');
    return of(parsed, file.getFileName().toString(), format, problems);
  }

  /** Checks CSV text already in memory; problems are appended to {@code problems}. */
  public static CsvTable parse(String text, String fileName, FileFormat format, List<Problem> problems) {
    return of(Csv.parse(text, ',', fileName), fileName, format, problems);
  }

  private static CsvTable of(Csv.Parsed parsed, String fileName, FileFormat format, List<Problem> problems) {
    problems.addAll(parsed.problems());
    List<CsvRecord> records = parsed.records();
    if (records.isEmpty()) {
      problems.add(Problem.ofFile(fileName, "is empty: the first line must be the header "
          + String.join(",", format.header())));
      return new CsvTable(fileName, format, List.of(), problems);
    }
    CsvRecord header = records.get(0);
    int[] index = new int[format.columns().size()];
    Arrays.fill(index, -1);
    Map<String, Integer> seen = new HashMap<>();
    boolean headerOk = true;
    for (int k = 0; k < header.size(); k++) {
      String name = header.get(k).strip();
      Integer before = seen.put(name, k);
      if (before != null) {
        problems.add(new Problem(fileName, header.line(), name, "", "column appears twice in the header"));
        headerOk = false;
        continue;
      }
      int pos = position(format, name);
      if (pos < 0) {
        problems.add(new Problem(fileName, header.line(), name, "",
            "unknown column (expected columns: " + String.join(", ", format.header()) + ")"));
        headerOk = false;
      } else {
        index[pos] = k;
      }
    }
    for (int c = 0; c < index.length; c++) {
      if (index[c] < 0 && format.columns().get(c).required()) {
        problems.add(new Problem(fileName, header.line(), format.columns().get(c).name(), "",
            "required column is missing from the header"));
        headerOk = false;
      }
    }
    List<Row> rows = new ArrayList<>(records.size() - 1);
    CsvTable table = new CsvTable(fileName, format, rows, problems);
    if (!headerOk) {
      return table;
    }
    for (int r = 1; r < records.size(); r++) {
      CsvRecord rec = records.get(r);
      String[] cells = new String[index.length];
      boolean shapeOk = rec.size() == header.size();
      boolean valid = shapeOk;
      if (!shapeOk) {
        problems.add(new Problem(fileName, rec.line(), "", "",
            "has " + rec.size() + " fields but the header has " + header.size()));
      }
      for (int c = 0; c < index.length; c++) {
        Column col = format.columns().get(c);
        String v = index[c] < 0 ? "" : rec.get(index[c]);
        cells[c] = v;
        if (!shapeOk) {
          continue;
        }
        if (v.isEmpty()) {
          if (col.required()) {
            problems.add(new Problem(fileName, rec.line(), col.name(), "", "a value is required"));
            valid = false;
          }
        } else {
          String rule = col.violation(v);
          if (rule != null) {
            problems.add(new Problem(fileName, rec.line(), col.name(), v, rule));
            valid = false;
          }
        }
      }
      rows.add(table.new Row(rec.line(), cells, valid));
    }
    return table;
  }

  private static int position(FileFormat format, String name) {
    List<Column> cols = format.columns();
    for (int c = 0; c < cols.size(); c++) {
      if (cols.get(c).name().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  public String fileName() {
    return fileName;
  }

  public FileFormat format() {
    return format;
  }

  /** All data rows, valid or not, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** One data row; typed getters may only be trusted when {@link #valid()}. */
  public final class Row {
    private final int line;
    private final String[] cells;
    private boolean valid;

    private Row(int line, String[] cells, boolean valid) {
      this.line = line;
      this.cells = cells;
      this.valid = valid;
    }

    public int line() {
      return line;
    }

    /** False when any cell broke its column's rule, or when a later check called {@link #reject}. */
    public boolean valid() {
      return valid;
    }

    /** The cell as text; empty when absent. */
    public String text(String column) {
      Integer c = positions.get(column);
      if (c == null) {
        throw new IllegalArgumentException(fileName + " has no column " + column);
      }
      return cells[c];
    }

    /** The cell as a whole number, or {@code null} when empty. */
    public Long integer(String column) {
      String v = text(column);
      return v.isEmpty() ? null : Long.valueOf(v.startsWith("+") ? v.substring(1) : v);
    }

    /** The cell as a year, or {@code null} when empty. */
    public Integer year(String column) {
      String v = text(column);
      return v.isEmpty() ? null : Integer.valueOf(v);
    }

    /** The cell as a number, or {@code null} when empty. */
    public Double number(String column) {
      String v = text(column);
      return v.isEmpty() ? null : Double.valueOf(v);
    }

    /** Records a problem with a cell of this row and marks the row invalid. */
    public void reject(String column, String rule) {
      problems.add(new Problem(fileName, line, column, column.isEmpty() ? "" : text(column), rule));
      valid = false;
    }
  }
}
