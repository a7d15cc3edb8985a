package org.hanse.server.service;

import java.util.List;

/**
 * The outcome of one import. Imports are all-or-nothing: either every record was accepted ({@code problems} empty)
 * or none was.
 *
 * @param fileName  the name of the submitted file
 * @param kind      what the file held, e.g. {@code cities} or {@code ties}; empty when it could not be recognised
 * @param records   number of records read
 * @param accepted  true when the records were stored
 * @param problems  every validation problem found
 */
public record ImportReport(String fileName, String kind, int records, boolean accepted, List<ValidationProblem> problems) {
  public ImportReport {
    problems = List.copyOf(problems);
  }
}
