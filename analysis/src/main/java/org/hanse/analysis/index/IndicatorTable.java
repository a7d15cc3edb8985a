package org.hanse.analysis.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.LabelledMatrix;

/**
 * The input of a composite index: cities × indicators of raw observations, each indicator with its direction,
 * after an explicit rule for missing values (methods.md §0: "an indicator missing for a city is either imputed by
 * an explicit, logged rule … or the city is dropped from that index run"). Missing cells are simply not set; zero is
 * a valid observation.
 *
 * <ul>
 *   <li>{@link MissingRule#DROP_CITY}: a city with any missing indicator leaves the run and is listed;</li>
 *   <li>{@link MissingRule#GROUP_MEAN}: a missing cell takes the mean of the known values of the city's group
 *       (e.g. its cluster); every imputation is logged; a city whose group has no known value is dropped.</li>
 * </ul>
 *
 * <p>Panel data: methods.md §4.1 recommends normalising all city-years jointly so that scores compare across years;
 * do so by giving one row per city-year (e.g. id {@code 1796236@2020}). Interpolation over years is not done here:
 * an interpolated value must be passed in (and reported) by the caller.
 */
public final class IndicatorTable {
  private final LabelledMatrix raw;
  private final List<IndicatorDirection> directions;
  private final double[] targets;
  private final List<Exclusion> excluded;
  private final List<String> imputations;

  private IndicatorTable(LabelledMatrix raw, List<IndicatorDirection> directions, double[] targets,
      List<Exclusion> excluded, List<String> imputations) {
    this.raw = raw;
    this.directions = List.copyOf(directions);
    this.targets = targets;
    this.excluded = List.copyOf(excluded);
    this.imputations = List.copyOf(imputations);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A table of complete observations (no missing cells); all directions given. */
  public static IndicatorTable of(LabelledMatrix raw, List<IndicatorDirection> directions) {
    if (directions.size() != raw.columns()) {
      throw new IllegalArgumentException(raw.columns() + " indicators but " + directions.size() + " directions");
    }
    if (directions.contains(IndicatorDirection.MODERATE)) {
      throw new IllegalArgumentException("moderate indicators need a target: use the builder");
    }
    return new IndicatorTable(raw, directions, new double[raw.columns()], List.of(), List.of());
  }

  /** Complete observations, cities × indicators. */
  public LabelledMatrix raw() {
    return raw;
  }

  public List<IndicatorDirection> directions() {
    return directions;
  }

  /** Target of a moderate indicator (NaN-free; 0 for other directions). */
  public double target(int indicator) {
    return targets[indicator];
  }

  /** Cities left out and why. */
  public List<Exclusion> excluded() {
    return excluded;
  }

  /** One line per imputed cell. */
  public List<String> imputations() {
    return imputations;
  }

  /** What to do with missing cells. */
  public enum MissingRule {
    DROP_CITY,
    GROUP_MEAN
  }

  /** Collects observations; {@link #build} applies the missing-data rule. */
  public static final class Builder {
    private final Map<String, IndicatorDirection> indicators = new LinkedHashMap<>();
    private final Map<String, Double> targets = new HashMap<>();
    private final Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
    private final Map<String, String> groups = new HashMap<>();

    public Builder indicator(String code, IndicatorDirection direction) {
      if (direction == IndicatorDirection.MODERATE) {
        throw new IllegalArgumentException("moderate indicator " + code + " needs a target: use moderate()");
      }
      indicators.put(Objects.requireNonNull(code), direction);
      return this;
    }

    /** A moderate indicator, best at {@code target}. */
    public Builder moderate(String code, double target) {
      if (!Double.isFinite(target)) {
        throw new IllegalArgumentException("target of " + code + " must be finite");
      }
      indicators.put(Objects.requireNonNull(code), IndicatorDirection.MODERATE);
      targets.put(code, target);
      return this;
    }

    /** Declares a city (so that it is reported even if it has no value at all). */
    public Builder city(String id) {
      cells.computeIfAbsent(Objects.requireNonNull(id), k -> new LinkedHashMap<>());
      return this;
    }

    /** The group of a city, for {@link MissingRule#GROUP_MEAN}. */
    public Builder group(String cityId, String groupId) {
      city(cityId);
      groups.put(cityId, groupId);
      return this;
    }

    /** An observed value; must be finite (a missing value is simply not set). */
    public Builder value(String cityId, String code, double value) {
      if (!indicators.containsKey(code)) {
        throw new IllegalArgumentException("indicator " + code + " was not declared");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of " + code + " for " + cityId + " is " + value
            + ": leave missing values unset");
      }
      city(cityId);
      cells.get(cityId).put(code, value);
      return this;
    }

    public IndicatorTable build(MissingRule rule) {
      List<String> codes = new ArrayList<>(indicators.keySet());
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("no indicators declared");
      }
      List<Exclusion> excluded = new ArrayList<>();
      List<String> imputations = new ArrayList<>();
      List<String> rows = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (Map.Entry<String, Map<String, Double>> city : cells.entrySet()) {
        double[] row = new double[codes.size()];
        List<String> missing = new ArrayList<>();
        boolean ok = true;
        for (int j = 0; j < codes.size(); j++) {
          Double v = city.getValue().get(codes.get(j));
          if (v != null) {
            row[j] = v;
            continue;
          }
          if (rule == MissingRule.GROUP_MEAN) {
            String g = groups.get(city.getKey());
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, Map<String, Double>> other : cells.entrySet()) {
              Double ov = other.getValue().get(codes.get(j));
              if (ov != null && g != null && g.equals(groups.get(other.getKey()))) {
                sum += ov;
                n++;
              }
            }
            if (n > 0) {
              row[j] = sum / n;
              imputations.add(city.getKey() + " " + codes.get(j) + " := mean of group " + g + " (" + n
                  + " known) = " + row[j]);
              continue;
            }
          }
          missing.add(codes.get(j));
          ok = false;
        }
        if (ok) {
          rows.add(city.getKey());
          values.add(row);
        } else {
          excluded.add(new Exclusion(city.getKey(), "missing " + String.join(", ", missing)
              + (rule == MissingRule.GROUP_MEAN ? " (no known value in its group)" : "")));
        }
      }
      double[] t = new double[codes.size()];
      for (int j = 0; j < codes.size(); j++) {
        t[j] = targets.getOrDefault(codes.get(j), 0.0);
      }
      return new IndicatorTable(new LabelledMatrix(rows, codes, values.toArray(double[][]::new)),
          new ArrayList<>(indicators.values()), t, excluded, imputations);
    }
  }
}
