package org.hanse.advise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.advise.scenario.MeasureDelta;
import org.hanse.advise.scenario.ScenarioResult;

/**
 * The JSON form of the advice results (the records as they are: component names as keys, enums as names, empty
 * optionals and undefined numbers (NaN, infinities) as null), shared by the CLI and any other front end.
 */
public final class AdviceJson {
  private static final com.fasterxml.jackson.databind.JsonSerializer<Double> UNDEFINED_AS_NULL =
      new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(Double.class) {
        @Override
        public void serialize(Double v, com.fasterxml.jackson.core.JsonGenerator g,
            com.fasterxml.jackson.databind.SerializerProvider p) throws java.io.IOException {
          if (v == null || !Double.isFinite(v)) {
            g.writeNull();
          } else {
            g.writeNumber(v);
          }
        }
      };
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      // dates as ISO-8601 text (2026-03-02), as in the data files
      .registerModule(new SimpleModule("advice-dates").addSerializer(LocalDate.class, ToStringSerializer.instance))
      // An undefined number is missing, not a string "NaN" a reader could take for data: written as null.
      .registerModule(new SimpleModule("advice-undefined").addSerializer(Double.class, UNDEFINED_AS_NULL)
          .addSerializer(Double.TYPE, UNDEFINED_AS_NULL))
      .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private AdviceJson() {}

  /** Any advice record (recommendations, back-test result, hand-over plan, co-hosting plan, calendar, digest). */
  public static String write(Object result) {
    try {
      return JSON.writeValueAsString(result) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("advice results are always serialisable: " + e.getMessage(), e);
    }
  }

  /**
   * A scenario result without the two full assessments: the scenario, the log of changes, every changed measure
   * with its value before and after and the difference, and the number of unchanged measures.
   */
  public static String scenario(ScenarioResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", r.scenario());
    root.put("log", r.log());
    List<Map<String, Object>> deltas = r.deltas().stream().map(AdviceJson::delta).toList();
    root.put("changed", deltas);
    root.put("unchanged", r.unchanged());
    return write(root);
  }

  private static Map<String, Object> delta(MeasureDelta d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", d.path());
    m.put("before", d.before() == null ? "absent" : value(d.before()));
    m.put("after", d.after() == null ? "absent" : value(d.after()));
    m.put("delta", d.delta().isPresent() ? d.delta().getAsDouble() : null);
    return m;
  }

  private static Object value(org.hanse.advise.scenario.Measures.Value v) {
    if (v.isCategory()) {
      return v.category();
    }
    return v.number().isPresent() ? (Object) v.number().getAsDouble() : null;
  }
}
