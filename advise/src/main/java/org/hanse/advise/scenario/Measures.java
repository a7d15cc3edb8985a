package org.hanse.advise.scenario;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Every measure of a result object, found by walking its records generically: numbers (and empty optionals),
 * booleans and enum values, each under a path such as
 * {@code clusters[yrd].innerStructure.concentration.gini}. Lists of records are keyed by their identifying
 * component ({@code id}, {@code key}, {@code cityId}, {@code code}, {@code type}, {@code function},
 * {@code groupId}, {@code layer}) when they have one, by position otherwise; maps by their keys. Text, provenance
 * and lists of text (names, notes, citations) are not measures and are skipped.
 *
 * <p>Walking the records rather than naming the measures keeps scenario deltas complete when the assessment grows.
 */
public final class Measures {
  private static final List<String> KEYS = List.of("id", "key", "cityId", "code", "type", "function", "groupId",
      "layer", "subjectId");

  private Measures() {}

  /** A measure's value: a number (or empty: undefined), or a category. */
  public record Value(OptionalDouble number, String category) {
    static Value of(double d) {
      return new Value(OptionalDouble.of(d), null);
    }

    static Value empty() {
      return new Value(OptionalDouble.empty(), null);
    }

    static Value category(String c) {
      return new Value(OptionalDouble.empty(), c);
    }

    public boolean isCategory() {
      return category != null;
    }

    @Override
    public String toString() {
      return category != null ? category : number.isPresent() ? String.valueOf(number.getAsDouble()) : "n/a";
    }
  }

  /** Path → value, in walking order. */
  public static Map<String, Value> of(Object root) {
    Map<String, Value> out = new LinkedHashMap<>();
    walk("", root, out);
    return out;
  }

  private static void walk(String path, Object o, Map<String, Value> out) {
    if (o == null || o instanceof Provenance || o instanceof CharSequence) {
      return;
    }
    if (o instanceof Number n) {
      out.put(path, Value.of(n.doubleValue()));
    } else if (o instanceof Boolean b) {
      out.put(path, Value.of(b ? 1 : 0));
    } else if (o instanceof Enum<?> e) {
      out.put(path, Value.category(e.name().toLowerCase(java.util.Locale.ROOT)));
    } else if (o instanceof OptionalDouble d) {
      out.put(path, d.isPresent() ? Value.of(d.getAsDouble()) : Value.empty());
    } else if (o instanceof OptionalInt d) {
      out.put(path, d.isPresent() ? Value.of(d.getAsInt()) : Value.empty());
    } else if (o instanceof OptionalLong d) {
      out.put(path, d.isPresent() ? Value.of(d.getAsLong()) : Value.empty());
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> walk(path, v, out));
    } else if (o instanceof Scores s) {
      s.asMap().forEach((k, v) -> out.put(path + "[" + k + "]", Value.of(v)));
    } else if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(path + "[" + k + "]", v, out));
    } else if (o instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(path + "[" + keyOf(l.get(i), i) + "]", l.get(i), out);
      }
    } else if (o instanceof double[] a) {
      for (int i = 0; i < a.length; i++) {
        out.put(path + "[" + i + "]", Value.of(a[i]));
      }
    } else if (o.getClass().isRecord()) {
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        Object v;
        try {
          v = c.getAccessor().invoke(o);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c.getName() + " of " + o.getClass().getName(), e);
        }
        walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), v, out);
      }
    }
  }

  private static String keyOf(Object element, int index) {
    if (element != null && element.getClass().isRecord()) {
      for (String k : KEYS) {
        for (RecordComponent c : element.getClass().getRecordComponents()) {
          if (c.getName().equals(k)) {
            try {
              Object v = c.getAccessor().invoke(element);
              if (v != null && !(v instanceof Iterable<?>)) {
                return v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(v);
              }
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return String.valueOf(index);
  }
}
