package org.hanse.advise.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On seeded random datasets, the scores equal a brute-force computation from the ties themselves (sets of
 * neighbours), for city partners, actor partners ("cities like you") and contracted clusters.
 */
class PartnerScoresPropertyTest {
  private static Dataset random(long seed) {
    Random r = new Random(seed);
    TestData t = TestData.create();
    int n = 8 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      t.city("c" + i, "C" + (char) ('A' + i % 5));
    }
    int m = 2 + r.nextInt(4);
    for (int j = 0; j < m; j++) {
      t.actor("s" + j, ActorKind.COUNTRY, "S" + (char) ('A' + j));
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < 3 * n; k++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      if (a != b && seen.add(Math.min(a, b) + "-" + Math.max(a, b))) {
        t.tie(TieType.SISTER_CITY, "c" + a, "c" + b);
      }
    }
    for (int k = 0; k < 2 * n; k++) {
      int a = r.nextInt(n);
      int j = r.nextInt(m);
      if (seen.add(a + "m" + j)) {
        t.tie(TieType.DIPLOMATIC_MISSION, "c" + a, "s" + j);
      }
    }
    t.cluster("k", List.of("c0", "c1", "c2"), List.of("c0"));
    return t.build();
  }

  private static Map<String, Set<String>> neighbours(Dataset d, Map<String, String> merge) {
    Map<String, Set<String>> nb = new HashMap<>();
    for (Tie t : d.ties()) {
      String a = merge.getOrDefault(t.cityId(), t.cityId());
      String b = merge.getOrDefault(t.partnerId(), t.partnerId());
      if (!a.equals(b)) {
        nb.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        nb.computeIfAbsent(b, k -> new HashSet<>()).add(a);
      }
    }
    return nb;
  }

  private static double cn(Map<String, Set<String>> nb, String x, String y) {
    Set<String> s = new HashSet<>(nb.getOrDefault(x, Set.of()));
    s.retainAll(nb.getOrDefault(y, Set.of()));
    return s.size();
  }

  private static double ra(Map<String, Set<String>> nb, String x, String y) {
    Set<String> s = new HashSet<>(nb.getOrDefault(x, Set.of()));
    s.retainAll(nb.getOrDefault(y, Set.of()));
    return s.stream().mapToDouble(z -> 1.0 / nb.get(z).size()).sum();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void scoresMatchBruteForce(long seed) {
    Dataset d = random(seed);
    PartnerNetwork n = PartnerNetwork.of(d);
    Map<String, Set<String>> nb = neighbours(d, Map.of());
    List<String> cities = new ArrayList<>(d.cities().keySet());
    List<String> states = new ArrayList<>(d.actors().keySet());
    for (String x : cities) {
      double[] c = n.scores(Scorer.COMMON_NEIGHBOURS, x, cities, PartnerKind.CITY);
      double[] r = n.scores(Scorer.RESOURCE_ALLOCATION, x, cities, PartnerKind.CITY);
      double[] p = n.scores(Scorer.PREFERENTIAL_ATTACHMENT, x, cities, PartnerKind.CITY);
      for (int i = 0; i < cities.size(); i++) {
        String y = cities.get(i);
        if (y.equals(x)) {
          continue;
        }
        assertThat(c[i]).isEqualTo(cn(nb, x, y));
        assertThat(r[i]).isCloseTo(ra(nb, x, y), within(1e-12));
        assertThat(p[i]).isEqualTo((double) nb.getOrDefault(x, Set.of()).size() * nb.getOrDefault(y, Set.of()).size());
      }
      double[] ac = n.scores(Scorer.COMMON_NEIGHBOURS, x, states, PartnerKind.COUNTRY);
      double[] ar = n.scores(Scorer.RESOURCE_ALLOCATION, x, states, PartnerKind.COUNTRY);
      for (int j = 0; j < states.size(); j++) {
        double bc = 0;
        double br = 0;
        for (Tie t : d.tiesOfType(TieType.DIPLOMATIC_MISSION)) {
          if (t.partnerId().equals(states.get(j)) && !t.cityId().equals(x)) {
            bc += cn(nb, x, t.cityId());
            br += ra(nb, x, t.cityId());
          }
        }
        assertThat(ac[j]).isEqualTo(bc);
        assertThat(ar[j]).isCloseTo(br, within(1e-12));
      }
    }
    // the cluster k = {c0, c1, c2} as one node
    Map<String, String> merge = Map.of("c0", "cluster:k", "c1", "cluster:k", "c2", "cluster:k");
    Map<String, Set<String>> nk = neighbours(d, merge);
    PartnerNetwork k = n.contract(d.clusters().get("k"));
    List<String> others = cities.subList(3, cities.size());
    double[] kc = k.scores(Scorer.COMMON_NEIGHBOURS, "cluster:k", others, PartnerKind.CITY);
    double[] kr = k.scores(Scorer.RESOURCE_ALLOCATION, "cluster:k", others, PartnerKind.CITY);
    for (int i = 0; i < others.size(); i++) {
      assertThat(kc[i]).isEqualTo(cn(nk, "cluster:k", others.get(i)));
      assertThat(kr[i]).isCloseTo(ra(nk, "cluster:k", others.get(i)), within(1e-12));
    }
  }
}
