package org.hanse.store.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.ingest.format.Problem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads CSV, XLSX and JSON files into {@link RawTable}s. Problems with the file as a whole (bad encoding, broken
 * quoting, damaged workbook, invalid JSON) are collected, not thrown, so one import reports all of them.
 */
public final class TableReaders {
  private TableReaders() {}

  /** The tables of one file and the problems found while reading it. */
  public record Result(List<RawTable> tables, List<Problem> problems) {}

  /** The file formats, by extension. */
  public enum FileType {
    CSV,
    XLSX,
    JSON;

    public static FileType of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".tsv")) {
        return CSV;
      }
      if (n.endsWith(".xlsx")) {
        return XLSX;
      }
      if (n.endsWith(".json")) {
        return JSON;
      }
      throw new IllegalArgumentException(fileName + ": unknown file type (use .csv, .xlsx or .json)");
    }
  }

  public static Result read(String fileName, byte[] bytes, Charset encoding) {
    return switch (FileType.of(fileName)) {
      case CSV -> readCsv(fileName, bytes, encoding);
      case XLSX -> readXlsx(fileName, bytes);
      case JSON -> readJson(fileName, bytes);
    };
  }

  // ---------------------------------------------------------------------------------------------------------- CSV

  public static Result readCsv(String fileName, byte[] bytes, Charset encoding) {
    List<Problem> problems = new ArrayList<>();
    Encodings.Decoded decoded;
    try {
      decoded = Encodings.decode(bytes, encoding);
    } catch (Encodings.NotText e) {
      problems.add(new Problem(fileName, e.line(), "", "", e.getMessage()));
      return new Result(List.of(), problems);
    }
    String text = decoded.text();
    char delimiter = delimiter(text);
    Csv.Parsed parsed = Csv.parse(text, delimiter, fileName);
    List<CsvRecord> records = parsed.records();
    if (records.isEmpty()) {
      problems.addAll(parsed.problems());
      problems.add(Problem.ofFile(fileName, "is empty: the first line must be the header"));
      return new Result(List.of(), problems);
    }
    CsvRecord header = records.get(0);
    List<String> names = new ArrayList<>();
    for (String h : header.fields()) {
      names.add(h.strip().toLowerCase(Locale.ROOT));
    }
    for (Problem p : parsed.problems()) {
      problems.add(namingTheColumn(p, names, header.line()));
    }
    List<RawTable.Row> rows = new ArrayList<>(records.size());
    for (int r = 1; r < records.size(); r++) {
      CsvRecord rec = records.get(r);
      List<String> cells = new ArrayList<>(names.size());
      for (int c = 0; c < names.size(); c++) {
        cells.add(SpreadsheetSafety.restore(rec.get(c)));
      }
      rows.add(new RawTable.Row(rec.line(), cells, rec.size(), Map.of()));
    }
    String kind = RecordKind.fromName(fileName).map(RecordKind::key).orElse("");
    String note = "read as " + decoded.encoding() + (delimiter == ',' ? "" : ", fields separated by "
        + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'"));
    return new Result(List.of(new RawTable(fileName, kind, header.line(), names, rows, note)), problems);
  }

  private static final java.util.regex.Pattern FIELD_NUMBER = java.util.regex.Pattern.compile("field (\\d+)");

  /**
   * The CSV parser counts fields; below the header a problem in field 3 is a problem in the header's third column,
   * and the user knows it by that name.
   */
  private static Problem namingTheColumn(Problem p, List<String> names, int headerLine) {
    java.util.regex.Matcher m = FIELD_NUMBER.matcher(p.rule());
    if (!p.column().isEmpty() || p.row() <= headerLine || !m.find()) {
      return p;
    }
    int field = Integer.parseInt(m.group(1));
    if (field < 1 || field > names.size() || names.get(field - 1).isEmpty()) {
      return p;
    }
    String rule = p.rule().replace(" of field " + field, "")
        .replace(" unquoted field " + field, " an unquoted field");
    return new Problem(p.file(), p.row(), names.get(field - 1), p.value(), rule);
  }

  /** Comma, unless the header line has more semicolons or tabs (as Excel writes in some locales). */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    int commas = count(first, ',');
    int semicolons = count(first, ';');
    int tabs = count(first, '\t');
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    if (semicolons > commas) {
      return ';';
    }
    return ',';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  // --------------------------------------------------------------------------------------------------------- XLSX

  /** Reads every sheet with the streaming (SAX) reader, so workbooks of a hundred thousand rows need little memory. */
  public static Result readXlsx(String fileName, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables = new ArrayList<>();
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(new java.io.BufferedInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      problems.add(Problem.ofFile(fileName, "is an old Excel 97-2003 workbook (.xls), not XLSX: save it as .xlsx"));
      return new Result(tables, problems);
    }
    if (magic != FileMagic.OOXML) {
      problems.add(Problem.ofFile(fileName, "is not an XLSX workbook (it is not a ZIP package)"));
      return new Result(tables, problems);
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String sheetName = sheets.getSheetName();
          SheetCollector collector = new SheetCollector();
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new ExactFormatter(), false));
          xml.parse(new InputSource(sheet));
          RawTable t = collector.table(fileName + "#" + sheetName, sheetName);
          if (t != null) {
            tables.add(t);
          }
        }
      }
    } catch (IOException | SAXException | ParserConfigurationException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | RuntimeException e) {
      problems.add(Problem.ofFile(fileName,
          "cannot be read as an XLSX workbook: the file is damaged or incomplete (was it truncated?)"));
      return new Result(List.of(), problems);
    }
    if (tables.isEmpty()) {
      problems.add(Problem.ofFile(fileName, "has no sheet with a header row"));
    }
    return new Result(tables, problems);
  }

  /** Collects the cells of one sheet; the first non-empty row is the header. */
  private static final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private TreeMap<Integer, String> current;

    @Override
    public void startRow(int rowNum) {
      current = new TreeMap<>();
      rows.put(rowNum + 1, current);
    }

    @Override
    public void endRow(int rowNum) {
      if (current.values().stream().allMatch(String::isBlank)) {
        rows.remove(rowNum + 1);
      }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      if (cellReference == null || formattedValue == null) {
        return;
      }
      current.put(new CellReference(cellReference).getCol() & 0xffff, formattedValue);
    }

    RawTable table(String source, String sheetName) {
      if (rows.isEmpty()) {
        return null;
      }
      Map.Entry<Integer, TreeMap<Integer, String>> headerEntry = rows.firstEntry();
      TreeMap<Integer, String> headerCells = headerEntry.getValue();
      int width = headerCells.lastKey() + 1;
      List<String> header = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        header.add(headerCells.getOrDefault(c, "").strip().toLowerCase(Locale.ROOT));
      }
      List<RawTable.Row> out = new ArrayList<>();
      for (Map.Entry<Integer, TreeMap<Integer, String>> e : rows.tailMap(headerEntry.getKey(), false).entrySet()) {
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          cells.add(SpreadsheetSafety.restore(e.getValue().getOrDefault(c, "")));
        }
        int fields = e.getValue().isEmpty() ? 0 : Math.max(width, e.getValue().lastKey() + 1);
        boolean extra = e.getValue().keySet().stream().anyMatch(c -> c >= width
            && !e.getValue().get(c).isBlank());
        out.add(new RawTable.Row(e.getKey(), cells, extra ? fields : width, Map.of()));
      }
      String kind = RecordKind.fromName(sheetName).map(RecordKind::key).orElse("");
      return new RawTable(source, kind, headerEntry.getKey(), header, out, "");
    }
  }

  /**
   * Formats numeric cells exactly (no rounding to the cell's display format, no thousands separators) and date cells
   * as ISO dates, so what is imported is the value stored in the workbook, not how Excel happens to show it.
   */
  private static final class ExactFormatter extends DataFormatter {
    ExactFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
      }
      if (!Double.isFinite(value)) {
        return Double.toString(value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  // --------------------------------------------------------------------------------------------------------- JSON

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Reads {@code {"cities": [ {...}, … ], "ties": [ … ]}} (one array per record kind; other top-level properties
   * with plain values, such as {@code format} or {@code exported_at}, are ignored) or a bare array whose kind the
   * file name tells. Numbers are kept as written; arrays of plain values become one value separated by
   * {@code ;} (for the users' cities and clusters).
   */
  public static Result readJson(String fileName, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables = new ArrayList<>();
    try (JsonParser p = JSON.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        String kind = RecordKind.fromName(fileName).map(RecordKind::key).orElse("");
        tables.add(readArray(p, fileName, kind, problems));
      } else if (first == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int line = p.currentTokenLocation().getLineNr();
          JsonToken value = p.nextToken();
          if (value == JsonToken.START_ARRAY) {
            tables.add(readArray(p, fileName + "#" + name, RecordKind.fromName(name).map(RecordKind::key).orElse(""),
                problems));
            if (RecordKind.fromName(name).isEmpty()) {
              problems.add(new Problem(fileName, line, name, "", "unknown record kind (expected one of "
                  + RecordKind.keys() + ")"));
            }
          } else if (value == JsonToken.START_OBJECT) {
            p.skipChildren();
            problems.add(new Problem(fileName, line, name, "", "unknown property: expected an array of records"));
          }
        }
      } else {
        problems.add(Problem.ofFile(fileName, "is not a Hanse JSON file: expected an object of record arrays or an"
            + " array of records"));
      }
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(new Problem(fileName, at.getLineNr(), "", "", "is not valid JSON (text after the end of the "
            + "document, at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      problems.add(new Problem(fileName, line, "", "", "is not valid JSON (syntax error at line " + line
          + ", column " + (at == null ? 0 : at.getColumnNr()) + ")"));
      return new Result(List.of(), problems);
    } catch (IOException e) {
      problems.add(Problem.ofFile(fileName, "cannot be read: " + e.getMessage()));
      return new Result(List.of(), problems);
    }
    return new Result(tables, problems);
  }

  private static RawTable readArray(JsonParser p, String source, String kind, List<Problem> problems)
      throws IOException {
    LinkedHashMap<String, Integer> columns = new LinkedHashMap<>();
    List<Map<String, String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Map<String, String>> wrong = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        problems.add(new Problem(source, line, "", p.getText(), "wrong type: expected a record (a JSON object)"));
        p.skipChildren();
        continue;
      }
      Map<String, String> record = new HashMap<>();
      Map<String, String> wrongTypes = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName().strip().toLowerCase(Locale.ROOT);
        columns.putIfAbsent(name, columns.size());
        JsonToken v = p.nextToken();
        switch (v) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> record.put(name, p.getText());
          case VALUE_TRUE, VALUE_FALSE -> record.put(name, Boolean.toString(v == JsonToken.VALUE_TRUE));
          case VALUE_NULL -> record.put(name, "");
          case START_ARRAY -> {
            List<String> parts = new ArrayList<>();
            boolean plain = true;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
              if (e.isScalarValue()) {
                parts.add(p.getText());
              } else {
                plain = false;
                p.skipChildren();
              }
            }
            if (plain) {
              record.put(name, String.join(";", parts));
            } else {
              wrongTypes.put(name, "an array of objects");
            }
          }
          default -> {
            p.skipChildren();
            wrongTypes.put(name, "an object");
          }
        }
      }
      records.add(record);
      lines.add(line);
      wrong.add(wrongTypes);
    }
    List<String> header = new ArrayList<>(columns.keySet());
    List<RawTable.Row> rows = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      List<String> cells = new ArrayList<>(header.size());
      for (String h : header) {
        cells.add(records.get(i).getOrDefault(h, ""));
      }
      rows.add(new RawTable.Row(lines.get(i), cells, header.size(), wrong.get(i)));
    }
    return new RawTable(source, kind, 0, header, rows, "");
  }
}
