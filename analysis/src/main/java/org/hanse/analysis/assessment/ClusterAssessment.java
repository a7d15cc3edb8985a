package org.hanse.analysis.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hanse.model.Lang;

/**
 * The assessment of one city cluster: who its members are, how its international ties divide inside and outside
 * it, and what is missing. Every part carries its provenance.
 *
 * @param id            cluster id
 * @param nameEn        English name
 * @param nameZh        Chinese name
 * @param definition    the document that defines membership
 * @param definitionUrl where it can be read; may be empty
 * @param members       member cities in the order of the defining document
 * @param ties          ties by type inside and outside the cluster, central city's share
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
    List<MissingItem> missing) {

  public ClusterAssessment {
    Objects.requireNonNull(id, "id");
    members = List.copyOf(members);
    Objects.requireNonNull(ties, "ties");
    missing = List.copyOf(missing);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }

  /** The central cities, in the order of the defining document. */
  public List<MemberCity> centralCities() {
    return members.stream().filter(MemberCity::central).toList();
  }

  public Optional<MemberCity> member(String cityId) {
    return members.stream().filter(m -> m.id().equals(cityId)).findFirst();
  }
}
