package org.hanse.model;

import java.util.List;
import java.util.Objects;

/**
 * A city cluster (城市群): member cities, its central city or cities, and the document that defines membership.
 *
 * @param id            stable id, e.g. {@code yrd}, {@code gba}, {@code jjj}
 * @param nameEn        English name
 * @param nameZh        Chinese name
 * @param memberIds     ids of the member cities, in the order of the defining document
 * @param centralIds    ids of the central cities; each is also a member
 * @param definition    citation of the document that defines membership
 * @param definitionUrl where that document can be read; may be empty
 */
public record Cluster(
    String id,
    String nameEn,
    String nameZh,
    List<String> memberIds,
    List<String> centralIds,
    String definition,
    String definitionUrl) {

  public Cluster {
    Ids.requireId(id, "cluster id");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = Ids.orEmpty(nameZh);
    memberIds = List.copyOf(memberIds);
    centralIds = List.copyOf(centralIds);
    definition = Ids.orEmpty(definition);
    definitionUrl = Ids.orEmpty(definitionUrl);
    if (memberIds.isEmpty()) {
      throw new IllegalArgumentException("cluster " + id + " has no members");
    }
    if (memberIds.stream().distinct().count() != memberIds.size()) {
      throw new IllegalArgumentException("cluster " + id + " lists a member twice");
    }
    if (centralIds.isEmpty()) {
      throw new IllegalArgumentException("cluster " + id + " has no central city");
    }
    for (String c : centralIds) {
      if (!memberIds.contains(c)) {
        throw new IllegalArgumentException("central city " + c + " of cluster " + id + " is not a member");
      }
    }
  }

  public boolean hasMember(String cityId) {
    return memberIds.contains(cityId);
  }

  public boolean isCentral(String cityId) {
    return centralIds.contains(cityId);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
