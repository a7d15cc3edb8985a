package org.hanse.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a number comes from: the method that produced it, the literature it follows, the parameters it ran with,
 * a description of the data it used and any notes (warnings, imputations, unverified readings).
 *
 * <p>Every result object of the analysis carries one, so that the dashboard, the reports and the API can show a
 * measure without re-describing it (design: "a measure is an object with a name, a value per city/cluster, the
 * method, the parameters and the data it used").
 *
 * @param method     short name of the method, e.g. {@code GaWC global network connectivity}
 * @param citation   the source the formula follows, as quoted in the methods specification
 * @param parameters parameter name → value as text, in the order they were set
 * @param data       what data the method ran on (dataset label, tie types, year, size)
 * @param notes      warnings and remarks a reader must see (e.g. "formula unverified", "3 cities dropped")
 */
public record Provenance(
    String method, String citation, Map<String, String> parameters, String data, List<String> notes) {

  public Provenance {
    Objects.requireNonNull(method, "method");
    citation = citation == null ? "" : citation;
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    data = data == null ? "" : data;
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  /** A provenance with no parameters, data description or notes yet. */
  public static Provenance of(String method, String citation) {
    return new Provenance(method, citation, Map.of(), "", List.of());
  }

  /** A copy with one more parameter (a later value for the same name replaces the earlier one). */
  public Provenance withParameter(String name, Object value) {
    Map<String, String> p = new LinkedHashMap<>(parameters);
    p.put(name, String.valueOf(value));
    return new Provenance(method, citation, p, data, notes);
  }

  /** A copy with the given data description. */
  public Provenance withData(String description) {
    return new Provenance(method, citation, parameters, description, notes);
  }

  /** A copy with one more note. */
  public Provenance withNote(String note) {
    List<String> n = new ArrayList<>(notes);
    n.add(note);
    return new Provenance(method, citation, parameters, data, n);
  }

  /** A copy with the notes appended. */
  public Provenance withNotes(List<String> more) {
    List<String> n = new ArrayList<>(notes);
    n.addAll(more);
    return new Provenance(method, citation, parameters, data, n);
  }
}
