package org.hanse.analysis.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hanse.model.Lang;

/**
 * The assessment of one city cluster: who its members are, how its international ties divide inside and outside
 * it, the drivers scorecard, the function profile, the core diplomatic functions, the inner structure, and what is
 * missing. Every part carries its provenance.
 *
 * @param id            cluster id
 * @param nameEn        English name
 * @param nameZh        Chinese name
 * @param definition    the document that defines membership
 * @param definitionUrl where it can be read; may be empty
 * @param members       member cities in the order of the defining document
 * @param ties          ties by type inside and outside the cluster, central city's share
 * @param drivers       the four drivers, each scored across all clusters
 * @param functions     the four functions, scored per member city and across all clusters
 * @param coreFunctions the core diplomatic functions with their evidence, and those the data cannot decide
 * @param innerStructure radiation, concentration, coordinated opening-up, homogeneous competition
 * @param networkPosition the members' GNC split inside/outside the cluster, the E–I index, degree and PageRank
 * @param missing       every gap met while assessing this cluster
 */
public record ClusterAssessment(
    String id,
    String nameEn,
    String nameZh,
    String definition,
    String definitionUrl,
    List<MemberCity> members,
    TieProfile ties,
    List<Driver> drivers,
    List<FunctionScore> functions,
    CoreFunctions coreFunctions,
    InnerStructure innerStructure,
    NetworkPosition networkPosition,
    List<MissingItem> missing) {

  public ClusterAssessment {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    Objects.requireNonNull(ties, "ties");
    drivers = List.copyOf(drivers);
    functions = List.copyOf(functions);
    Objects.requireNonNull(coreFunctions, "coreFunctions");
    Objects.requireNonNull(innerStructure, "innerStructure");
    Objects.requireNonNull(networkPosition, "networkPosition");
    missing = List.copyOf(missing);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }

  /** The central cities, in the order of the defining document. */
  public List<MemberCity> centralCities() {
    return members.stream().filter(MemberCity::central).toList();
  }

  public Driver driver(String key) {
    return drivers.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
  }

  public FunctionScore function(String key) {
    return functions.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
  }

  /**
   * A member's name for display, told apart from a namesake member: "Taizhou (泰州)" and "Taizhou (台州)" in the
   * Yangtze River Delta, with the other language's name, or the id when that does not differ either.
   */
  public String memberLabel(String cityId, Lang lang) {
    Optional<MemberCity> m = member(cityId);
    if (m.isEmpty()) {
      return cityId;
    }
    String name = m.get().name(lang);
    boolean namesake = members.stream().anyMatch(o -> !o.id().equals(cityId) && o.name(lang).equals(name));
    if (!namesake) {
      return name;
    }
    String other = lang == Lang.ZH ? m.get().nameEn() : m.get().nameZh();
    boolean otherUnique = !other.isEmpty() && members.stream()
        .noneMatch(o -> !o.id().equals(cityId) && (lang == Lang.ZH ? o.nameEn() : o.nameZh()).equals(other));
    return name + " (" + (otherUnique ? other : cityId) + ")";
  }

  public Optional<MemberCity> member(String cityId) {
    return members.stream().filter(m -> m.id().equals(cityId)).findFirst();
  }
}
