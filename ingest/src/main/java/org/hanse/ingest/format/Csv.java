package org.hanse.ingest.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by a delimiter, records by LF or CRLF, fields with delimiters, quotes, line breaks
 * or edge spaces in double quotes, quotes doubled inside. Written by hand rather than through a general CSV library
 * so that every record keeps the line it starts on (for error messages that name the row) and so that malformed
 * quoting is reported instead of silently repaired.
 */
public final class Csv {
  private Csv() {}

  /** The result of parsing: the records and any quoting problems (reported with the line they start on). */
  public record Parsed(List<CsvRecord> records, List<Problem> problems) {}

  /**
   * Reads a UTF-8 file (a leading byte-order mark is skipped).
   *
   * @throws IOException when the file cannot be read or is not valid UTF-8
   */
  public static Parsed read(Path file, char delimiter) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file.getFileName() + " is not valid UTF-8 text", e);
    }
    return parse(text, delimiter, file.getFileName().toString());
  }

  /** Parses CSV text; {@code fileName} is used in problems only. */
  public static Parsed parse(String text, char delimiter, String fileName) {
    List<CsvRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int n = text.length();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    StringBuilder field = new StringBuilder();
    while (i < n) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        field.setLength(0);
        if (i < n && text.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          boolean closed = false;
          while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
              } else {
                i++;
                closed = true;
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
              i++;
            }
          }
          if (!closed) {
            problems.add(new Problem(fileName, quoteLine, "", "", "a quoted field is never closed"));
          } else if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            problems.add(new Problem(fileName, recordLine, "", "",
                "text after the closing quote of field " + (fields.size() + 1) + " (quotes inside a field must be doubled)"));
            while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
              field.append(text.charAt(i++));
            }
          }
        } else {
          while (i < n) {
            char c = text.charAt(i);
            if (c == delimiter || c == '\n' || c == '\r') {
              break;
            }
            if (c == '"') {
              problems.add(new Problem(fileName, recordLine, "", "",
                  "a quote inside unquoted field " + (fields.size() + 1) + " (quote the field and double the quote)"));
            }
            field.append(c);
            i++;
          }
        }
        fields.add(field.toString());
        if (i >= n) {
          endOfRecord = true;
        } else {
          char c = text.charAt(i);
          if (c == delimiter) {
            i++;
            if (i >= n) {
              fields.add("");
              endOfRecord = true;
            }
          } else {
            // a line break: CRLF, LF or a lone CR
            i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            line++;
            endOfRecord = true;
          }
        }
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
      if (!blank) {
        records.add(new CsvRecord(recordLine, fields));
      }
    }
    return new Parsed(records, problems);
  }

  /** Writes one record, quoting only where needed; ends it with LF. */
  public static void writeRecord(Writer out, List<String> fields) throws IOException {
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(k)));
    }
    out.write('\n');
  }

  /** A field as it must be written: quoted when it holds a comma, quote, line break or edge spaces. */
  public static String quote(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))
        || v.charAt(0) == '\uFEFF';
    return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
