package org.hanse.server.service;

/**
 * One thing wrong with submitted content.
 *
 * @param line    line of the file (1 = header) or 0 when the problem is not tied to one line
 * @param field   the column or field concerned; empty when the whole record is concerned
 * @param message what is wrong, in words the user understands
 */
public record ValidationProblem(int line, String field, String message) {
  public ValidationProblem {
    field = field == null ? "" : field;
  }
}
