package org.hanse.server.service;

/**
 * One thing wrong with submitted content, placed as precisely as the input allows.
 *
 * @param file    the file the problem is in (imports); empty for request bodies and forms
 * @param line    line of the file (1 = header) or 0 when the problem is not tied to one line
 * @param field   the column or field concerned; empty when the whole record is concerned
 * @param value   the offending value as submitted; empty when there is none
 * @param message what is wrong, in words the user understands
 */
public record ValidationProblem(String file, int line, String field, String value, String message) {
  public ValidationProblem {
    file = file == null ? "" : file;
    field = field == null ? "" : field;
    value = value == null ? "" : value;
    message = message == null ? "" : message;
  }

  /** A problem with a field of a request body or form (no file, no line). */
  public ValidationProblem(int line, String field, String message) {
    this("", line, field, "", message);
  }

  /** The store's problem, as the API and the pages show it. */
  public static ValidationProblem of(org.hanse.ingest.format.Problem p) {
    return new ValidationProblem(p.file().equals("(edit)") ? "" : p.file(), p.row(), p.column(), p.value(), p.rule());
  }
}
