package org.hanse.advise.partner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * Why a partner is recommended: the evidence behind the score, in data terms.
 *
 * @param sharedPartners      for a city partner: partners both already have (most specific first, i.e. those with
 *                            the fewest ties, which weigh most in resource allocation); for an actor partner: empty
 * @param peers               for an actor partner: the cities already tied to it that resemble the source most
 *                            (largest resource allocation), each with the partners they share with the source
 * @param existingLayers      layers that already tie source and partner (e.g. an air route to a twinning candidate)
 * @param complementary       functions in which the partner is strong (LQ ≥ 1) and the source weak (gap &gt; 0);
 *                            for an actor partner, the function the new tie would serve
 * @param heldByPeers         peers (cluster members, same-country cities) that already have this partner
 * @param resourceAllocation  RA of the pair (summed over the partner's cities for an actor)
 * @param preferentialAttachment PA of the pair
 * @param complementarity     the complementarity term of the combined score
 * @param novel               true when no peer has the partner yet
 */
public record Explanation(
    List<SharedPartner> sharedPartners,
    List<Peer> peers,
    Set<TieType> existingLayers,
    List<FunctionNote> complementary,
    List<Named> heldByPeers,
    double resourceAllocation,
    double preferentialAttachment,
    double complementarity,
    boolean novel) {

  public Explanation {
    sharedPartners = List.copyOf(sharedPartners);
    peers = List.copyOf(peers);
    existingLayers = Set.copyOf(existingLayers);
    complementary = List.copyOf(complementary);
    heldByPeers = List.copyOf(heldByPeers);
  }

  /** A node with its display names. */
  public record Named(String id, String nameEn, String nameZh) {
    public String name(Lang lang) {
      return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
    }
  }

  /**
   * A partner both ends share.
   *
   * @param partner       the shared partner (a city or an actor)
   * @param sourceLayers  how the source is tied to it
   * @param targetLayers  how the recommended partner is tied to it
   * @param degree        its number of ties in the network (fewer = more telling)
   */
  public record SharedPartner(Named partner, Set<TieType> sourceLayers, Set<TieType> targetLayers, int degree) {
    public SharedPartner {
      sourceLayers = Set.copyOf(sourceLayers);
      targetLayers = Set.copyOf(targetLayers);
    }
  }

  /**
   * A city already tied to the recommended actor that resembles the source.
   *
   * @param city               the city
   * @param resourceAllocation its RA with the source
   * @param sharedCount        how many partners it shares with the source
   * @param shared             the most specific of them (fewest ties first, at most five)
   */
  public record Peer(Named city, double resourceAllocation, int sharedCount, List<SharedPartner> shared) {
    public Peer {
      shared = List.copyOf(shared);
    }
  }

  /**
   * A function the partner complements.
   *
   * @param function          the function
   * @param sourceLq          the source's location quotient (empty when it has no tie)
   * @param partnerLq         the partner's (NaN for an actor partner: it has no function profile; null in the JSON)
   */
  public record FunctionNote(DiplomaticFunction function, java.util.OptionalDouble sourceLq, double partnerLq) {}

  /** One paragraph in the given language. */
  public String summary(Lang lang) {
    boolean zh = lang == Lang.ZH;
    StringBuilder b = new StringBuilder();
    if (!sharedPartners.isEmpty()) {
      b.append(zh ? "共同伙伴：" : "Shared partners: ");
      b.append(sharedPartners.stream().limit(5).map(s -> s.partner().name(lang) + " (" + layers(s.sourceLayers(), lang)
          + ")").collect(Collectors.joining(zh ? "、" : ", ")));
      b.append(zh ? "。" : ". ");
    }
    if (!peers.isEmpty()) {
      b.append(zh ? "已与之建立联系的相似城市：" : "Similar cities already tied to it: ");
      b.append(peers.stream().map(p -> p.city().name(lang) + (zh ? "（共同伙伴 " : " (")
          + p.sharedCount() + (zh ? " 个）" : " shared partners)")).collect(Collectors.joining(zh ? "、" : ", ")));
      b.append(zh ? "。" : ". ");
    }
    if (!existingLayers.isEmpty()) {
      b.append(zh ? "已有联系：" : "Already linked by ").append(layers(existingLayers, lang)).append(zh ? "。" : ". ");
    }
    if (!complementary.isEmpty()) {
      b.append(zh ? "功能互补：" : "Complementary functions: ");
      b.append(complementary.stream().map(f -> f.function().label(lang) + (f.sourceLq().isPresent()
          ? String.format(Locale.ROOT, zh ? "（本方区位熵 %.2f）" : " (own LQ %.2f)", f.sourceLq().getAsDouble()) : ""))
          .collect(Collectors.joining(zh ? "、" : ", ")));
      b.append(zh ? "。" : ". ");
    }
    if (novel) {
      b.append(zh ? "群内及本国其他城市尚无此伙伴。" : "No other member or same-country city has this partner yet.");
    } else if (!heldByPeers.isEmpty()) {
      b.append(zh ? "已有此伙伴（需协调）：" : "Already a partner of (coordinate): ");
      b.append(heldByPeers.stream().limit(5).map(n -> n.name(lang)).collect(Collectors.joining(zh ? "、" : ", ")));
      if (heldByPeers.size() > 5) {
        b.append(zh ? " 等 " + heldByPeers.size() + " 个" : " and " + (heldByPeers.size() - 5) + " more");
      }
      b.append(zh ? "。" : ".");
    }
    return b.toString().strip();
  }

  private static String layers(Set<TieType> ls, Lang lang) {
    return ls.stream().sorted().map(t -> t.label(lang)).collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
  }
}
