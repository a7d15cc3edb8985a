package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.model.Actor;
import org.hanse.model.Cluster;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Derives the core diplomatic functions: a cluster × function count matrix from the members' international ties
 * ({@link CoreFunction} says what counts), the cluster location quotient against all clusters
 * ({@link Specialisation#groupLocationQuotients}), the members' own LQs ({@link Specialisation#locationQuotients})
 * and, for firm-based functions, the members' functional (sector) GaWC connectivity.
 *
 * <p>Decision rule (parameters in {@link AssessmentOptions}): a function with no measure in the data, or whose
 * count over all clusters is below {@code minReferenceEvidence}, is undecided; otherwise it is core when LQ ≥
 * {@code coreLqThreshold} and the cluster holds at least {@code minClusterEvidence} observations, undecided when the
 * LQ reaches the threshold on fewer observations, and not core otherwise.
 */
final class CoreFunctionAnalysis {
  private CoreFunctionAnalysis() {}

  static Map<String, CoreFunctions> of(Facts f) {
    AssessmentOptions o = f.options;
    List<CoreFunction> measured = new ArrayList<>();
    Map<CoreFunction, String> noData = new LinkedHashMap<>();
    for (CoreFunction fn : CoreFunction.values()) {
      if (fn.hasNoMeasure()) {
        noData.put(fn, "the data hold no indicator of " + fn.key());
      } else if (!hasData(f, fn)) {
        noData.put(fn, "the data hold no tie of the kind that measures " + fn.key());
      } else {
        measured.add(fn);
      }
    }
    // Rows: one per (cluster, member); a city in two clusters is counted in each, with that cluster's ties.
    List<String> rows = new ArrayList<>();
    Map<String, List<String>> rowsOf = new LinkedHashMap<>();
    Map<String, String> cityOfRow = new HashMap<>();
    List<double[]> values = new ArrayList<>();
    for (Cluster c : f.clusters) {
      List<String> mine = new ArrayList<>();
      for (String m : c.memberIds()) {
        String row = c.id() + "/" + m;
        rows.add(row);
        mine.add(row);
        cityOfRow.put(row, m);
        double[] v = new double[measured.size()];
        for (int k = 0; k < measured.size(); k++) {
          v[k] = count(f, c, m, measured.get(k));
        }
        values.add(v);
      }
      rowsOf.put(c.id(), mine);
    }
    List<String> cols = measured.stream().map(CoreFunction::key).toList();
    LabelledMatrix e = new LabelledMatrix(rows, cols, values.toArray(double[][]::new));
    double[] ref = new double[cols.size()];
    double refTotal = 0;
    for (int i = 0; i < e.rows(); i++) {
      for (int k = 0; k < cols.size(); k++) {
        ref[k] += e.get(i, k);
        refTotal += e.get(i, k);
      }
    }
    Specialisation.MatrixResult cityLq = Specialisation.locationQuotients(e);
    Provenance base = Provenance.of("core diplomatic functions by location quotient",
            Specialisation.CITATION + "; methods.md §5, §9")
        .withParameter("formula", "LQ_Cs = (e_Cs / e_C) / (E_s / E), members summed, reference = all "
            + f.clusters.size() + " clusters")
        .withParameter("core when", "LQ ≥ " + o.coreLqThreshold() + " and the cluster holds ≥ "
            + o.minClusterEvidence() + " observations")
        .withParameter("decided when", "all clusters together hold ≥ " + o.minReferenceEvidence() + " observations")
        .withParameter("function counts", measuredText(measured))
        .withData(f.dataset.label() + "; international ties of " + rows.size() + " member cities");
    base = base.withNote("the LQ compares the cluster's mix of functions with the mix of all clusters; counts of"
        + " different kinds are added in e_C and E, so a kind with many ties weighs more in the totals");
    Map<String, CoreFunctions> out = new LinkedHashMap<>();
    for (Cluster c : f.clusters) {
      List<String> mine = rowsOf.get(c.id());
      double[] own = new double[cols.size()];
      double ownTotal = 0;
      for (String r : mine) {
        for (int k = 0; k < cols.size(); k++) {
          own[k] += e.get(r, cols.get(k));
          ownTotal += e.get(r, cols.get(k));
        }
      }
      Map<String, Double> lq = new HashMap<>();
      Optional<String> noLq = Optional.empty();
      if (ownTotal == 0 || refTotal == 0) {
        noLq = Optional.of("the cluster has no international tie of any measured kind: no location quotient");
      } else {
        Specialisation.MatrixResult g = Specialisation.groupLocationQuotients(e, c.id(), mine, rows);
        for (String col : g.values().columnIds()) {
          lq.put(col, g.values().get(c.id(), col));
        }
      }
      List<CoreFunctions.Entry> entries = new ArrayList<>();
      for (CoreFunction fn : CoreFunction.values()) {
        if (noData.containsKey(fn)) {
          entries.add(new CoreFunctions.Entry(fn, CoreFunctions.Status.UNDECIDED, OptionalDouble.empty(), 0,
              ownTotal, 0, refTotal, List.of(), List.of("measure: " + fn.measure(), "undecided: " + noData.get(fn))));
          continue;
        }
        int k = cols.indexOf(fn.key());
        List<String> ev = new ArrayList<>();
        ev.add("measure: " + fn.measure());
        // a kind of tie the data hold none of (e.g. city-network memberships: no list shipped) is not a 0 for
        // every cluster: the count runs without it, and the evidence says so
        for (TieType t : fn.tieTypes()) {
          if (!f.present.contains(t)) {
            ev.add("no " + t.key() + " tie in the data at all: counted without it (missing, not 0)");
          }
        }
        ev.add(String.format(Locale.ROOT, "cluster: %s of its %s function counts (%s); all clusters: %s of %s (%s)",
            whole(own[k]), whole(ownTotal), pct(own[k], ownTotal), whole(ref[k]), whole(refTotal),
            pct(ref[k], refTotal)));
        List<CoreFunctions.MainCity> main = mainCities(e, cityLq, mine, cityOfRow, fn.key());
        if (!main.isEmpty()) {
          ev.add("main cities: " + String.join(", ", main.stream().map(mc -> f.dataset.city(mc.cityId())
              .map(x -> x.nameEn()).orElse(mc.cityId()) + " " + whole(mc.count())
              + (mc.lq().isPresent() ? String.format(Locale.ROOT, " (LQ %.2f)", mc.lq().getAsDouble()) : ""))
              .toList()));
        }
        sectorEvidence(f, c, fn).ifPresent(ev::add);
        CoreFunctions.Status status;
        OptionalDouble value = lq.containsKey(fn.key()) ? OptionalDouble.of(lq.get(fn.key())) : OptionalDouble.empty();
        if (ref[k] < o.minReferenceEvidence()) {
          status = CoreFunctions.Status.UNDECIDED;
          ev.add("undecided: only " + whole(ref[k]) + " observations in all clusters (minimum "
              + o.minReferenceEvidence() + ")");
        } else if (value.isEmpty()) {
          status = CoreFunctions.Status.UNDECIDED;
          ev.add("undecided: " + noLq.orElse("no location quotient"));
        } else if (value.getAsDouble() >= o.coreLqThreshold()) {
          if (own[k] >= o.minClusterEvidence()) {
            status = CoreFunctions.Status.CORE;
            ev.add(String.format(Locale.ROOT, "core: LQ %.2f ≥ %s", value.getAsDouble(), trim(o.coreLqThreshold())));
          } else {
            status = CoreFunctions.Status.UNDECIDED;
            ev.add(String.format(Locale.ROOT, "undecided: LQ %.2f rests on %s observation(s) (minimum %d)",
                value.getAsDouble(), whole(own[k]), o.minClusterEvidence()));
          }
        } else {
          status = CoreFunctions.Status.NOT_CORE;
          ev.add(String.format(Locale.ROOT, "not core: LQ %.2f < %s", value.getAsDouble(), trim(o.coreLqThreshold())));
        }
        entries.add(new CoreFunctions.Entry(fn, status, value, own[k], ownTotal, ref[k], refTotal, main, ev));
      }
      out.put(c.id(), new CoreFunctions(entries, base.withParameter("cluster", c.id())));
    }
    return out;
  }

  private static boolean hasData(Facts f, CoreFunction fn) {
    if (fn.jointCohosting()) {
      return f.present.contains(TieType.EVENT_COHOST);
    }
    if (!fn.firmSectors().isEmpty()) {
      return f.present.contains(TieType.FIRM_OFFICE) && f.dataset.tiesOfType(TieType.FIRM_OFFICE).stream()
          .anyMatch(t -> fn.firmSectors().contains(sector(f, t)));
    }
    return fn.tieTypes().stream().anyMatch(f.present::contains);
  }

  private static String sector(Facts f, Tie t) {
    Actor a = f.dataset.actors().get(t.partnerId());
    return a == null ? "" : a.sector();
  }

  static double count(Facts f, Cluster c, String m, CoreFunction fn) {
    if (fn.jointCohosting()) {
      return f.jointCohosting(c, m);
    }
    if (!fn.firmSectors().isEmpty()) {
      int n = 0;
      for (Tie t : f.dataset.tiesOf(m)) {
        if (t.type() == TieType.FIRM_OFFICE && fn.firmSectors().contains(sector(f, t))) {
          n++;
        }
      }
      return n;
    }
    TieProfile.MemberTies mine = f.memberTies(c, m);
    double n = 0;
    for (TieType t : fn.tieTypes()) {
      n += mine.of(t);
    }
    if (fn.tieTypes().contains(TieType.EVENT_COHOST)) {
      n += f.jointCohosting(c, m); // co-hosting with another member is hosting too
    }
    return n;
  }

  private static List<CoreFunctions.MainCity> mainCities(LabelledMatrix e, Specialisation.MatrixResult cityLq,
      List<String> rows, Map<String, String> cityOfRow, String col) {
    List<CoreFunctions.MainCity> list = new ArrayList<>();
    for (String r : rows) {
      double v = e.get(r, col);
      if (v > 0) {
        LabelledMatrix lq = cityLq.values();
        OptionalDouble l = lq.hasRow(r) && lq.columnIds().contains(col) ? OptionalDouble.of(lq.get(r, col))
            : OptionalDouble.empty();
        list.add(new CoreFunctions.MainCity(cityOfRow.get(r), v, l));
      }
    }
    list.sort(Comparator.comparingDouble(CoreFunctions.MainCity::count).reversed()
        .thenComparing(CoreFunctions.MainCity::cityId));
    return list.subList(0, Math.min(3, list.size()));
  }

  private static Optional<String> sectorEvidence(Facts f, Cluster c, CoreFunction fn) {
    if (fn.firmSectors().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String sector : fn.firmSectors()) {
      Optional<ConnectivityResult> g = f.sectorGnc(sector);
      if (g.isEmpty()) {
        continue;
      }
      long sum = 0;
      int covered = 0;
      for (String m : c.memberIds()) {
        OptionalLong n = g.get().find(m);
        if (n.isPresent()) {
          sum += n.getAsLong();
          covered++;
        }
      }
      parts.add(sector + " " + whole(sum) + " = " + pct(sum, g.get().totalConnectivity()) + " of all cities' ("
          + covered + " members surveyed)");
    }
    return parts.isEmpty() ? Optional.empty()
        : Optional.of("sector connectivity (GaWC functional GNC, Σ members): " + String.join("; ", parts));
  }

  private static String measuredText(List<CoreFunction> measured) {
    return String.join("; ", measured.stream().map(m -> m.key() + " = " + m.measure()).toList());
  }

  static String whole(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
  }

  static String pct(double part, double total) {
    return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * part / total);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
