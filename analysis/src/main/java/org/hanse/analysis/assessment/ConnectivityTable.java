package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * The world-city connectivity table of one layer: every city covered by the layer's data, ranked by global network
 * connectivity (GaWC interlocking network model, methods.md §1), with the proportional connectivity. Cities the
 * layer does not cover are not in the table (their connectivity is unknown, not 0); their number is given.
 *
 * @param layer      {@code firms} (GaWC firm offices) or {@code diplomacy} (the §1.6 adaptation: organisation
 *                   seats, city-network memberships, missions by sending state)
 * @param sector     the firm sector (firms) or affiliation kind (diplomacy: organisation, city_network, country)
 *                   the table is restricted to, or empty for all
 * @param rows       the ranking
 * @param notCovered cities of the dataset the layer does not cover
 * @param provenance method and data
 */
public record ConnectivityTable(String layer, String sector, List<Row> rows, int notCovered, Provenance provenance) {
  /** The service-value coding of the diplomacy layer, as {@code ServiceValueMatrices.diplomacyCoding} applies it. */
  public static final String DIPLOMACY_CODING = "mission of a sending country: embassy 5, consulate-general 4,"
      + " consulate 3, honorary consulate or consular agency 2; organisation seat: headquarters 5, other office 4;"
      + " city-network membership: the tie weight (2 member … 5 secretariat); one value per city and column, the"
      + " largest (methods.md §1.6)";

  /** The layers, as {@code --layer} names them. */
  public static final List<String> LAYERS = List.of("firms", "diplomacy");

  public ConnectivityTable {
    rows = List.copyOf(rows);
    sector = sector == null ? "" : sector;
  }

  /**
   * One city.
   *
   * @param rank         competition rank by GNC (1 = most connected)
   * @param cityId       city id
   * @param nameEn       English name
   * @param nameZh       Chinese name (may be empty)
   * @param country      ISO alpha-2 code
   * @param gnc          global network connectivity N_a
   * @param proportional N_a / max N
   */
  public record Row(int rank, String cityId, String nameEn, String nameZh, String country, long gnc,
      double proportional) {}

  /** Unknown layer or sector: the message lists the valid values. */
  public static final class UnknownLayerException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownLayerException(String message) {
      super(message);
    }
  }

  /**
   * Computes the table.
   *
   * @param layer  one of {@link #LAYERS}
   * @param sector a firm sector (firms) or an affiliation kind (diplomacy), or null for all columns
   */
  public static ConnectivityTable of(Dataset dataset, String layer, String sector) {
    Objects.requireNonNull(layer, "layer");
    String l = layer.strip().toLowerCase(Locale.ROOT);
    ServiceValueMatrix v;
    switch (l) {
      case "firms" -> {
        if (dataset.tiesOfType(TieType.FIRM_OFFICE).isEmpty()) {
          throw new UnknownLayerException("the data hold no firm office: the firms layer is empty");
        }
        v = ServiceValueMatrices.firmOffices(dataset, null);
      }
      // In the diplomacy layer a column's "sector" is the kind of affiliation (organisation, city_network,
      // country), so --sector gives connectivity through one kind only, as sector GNC does for firms.
      case "diplomacy" -> v = ServiceValueMatrices.diplomaticAffiliations(dataset, null);
      default -> throw new UnknownLayerException("unknown layer '" + layer + "'; valid layers: "
          + String.join(", ", LAYERS));
    }
    ConnectivityResult r;
    String s = sector == null ? "" : sector.strip();
    if (!s.isEmpty()) {
      if (!v.sectors().contains(s)) {
        throw new UnknownLayerException("unknown " + (l.equals("firms") ? "sector" : "affiliation kind") + " '"
            + sector + "'; valid " + (l.equals("firms") ? "sectors" : "kinds in the diplomacy layer") + ": "
            + String.join(", ", v.sectors()));
      }
      r = GlobalNetworkConnectivity.ofSector(v, s);
    } else {
      r = GlobalNetworkConnectivity.of(v);
    }
    List<Row> rows = new ArrayList<>();
    for (ConnectivityResult.Entry e : r.ranking()) {
      City c = dataset.city(e.cityId()).orElseThrow();
      rows.add(new Row(e.rank(), c.id(), c.nameEn(), c.nameZh(), c.country(), e.connectivity(), e.proportional()));
    }
    Provenance p = r.provenance().withParameter("layer", l).withParameter("proportional", "P_a = N_a / max_b N_b");
    if (l.equals("diplomacy")) {
      p = p.withParameter("service values", DIPLOMACY_CODING)
          .withData(p.data() + (s.isEmpty() ? "" : "; affiliation kind " + s));
      p = p.withNote("service values: " + DIPLOMACY_CODING);
    }
    if (l.equals("firms")) {
      p = p.withNote("GaWC data protocol: data from the Globalization and World Cities (GaWC) Research Network,"
          + " Data Set 11 (P.J. Taylor), used for non-commercial purposes");
    }
    return new ConnectivityTable(l, s, rows, dataset.cities().size() - rows.size(), p);
  }
}
