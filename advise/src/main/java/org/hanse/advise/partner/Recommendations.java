package org.hanse.advise.partner;

import java.util.List;
import org.hanse.analysis.Provenance;

/**
 * A ranked list of partners for a city or a cluster.
 *
 * @param sourceId        the city id, or {@code cluster:<id>} for a cluster acting as one
 * @param sourceName      its English name
 * @param kind            what kind of partner
 * @param scorer          the scorer that ranked them
 * @param candidates      how many candidates were scored
 * @param coveredByGroup  partners left out because the source (or, for a cluster, any member) already has them
 * @param items           the best candidates, best first
 * @param provenance      method, parameters, data and notes
 * @param readerNotes     notes the reader must see next to the list, in English and Chinese (e.g. how Hong Kong,
 *                        Macao and Taiwan are treated)
 */
public record Recommendations(String sourceId, String sourceName, PartnerKind kind, Scorer scorer, int candidates,
    int coveredByGroup, List<Recommendation> items, Provenance provenance, List<BilingualNote> readerNotes) {
  public Recommendations {
    items = List.copyOf(items);
    readerNotes = List.copyOf(readerNotes);
  }

  /** The source's name in {@code lang}, from the data (the English name where the data record none). */
  public String sourceName(org.hanse.model.Dataset d, org.hanse.model.Lang lang) {
    if (sourceId.startsWith("cluster:")) {
      return d.cluster(sourceId.substring("cluster:".length())).map(c -> c.name(lang)).orElse(sourceName);
    }
    return d.city(sourceId).map(c -> c.name(lang)).orElse(sourceName);
  }
}
