package org.hanse.report.text;

import static org.hanse.report.text.Numbers.NA;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.NetworkPosition;
import org.hanse.model.Lang;
import org.hanse.report.text.TextTable.Align;

/** Terminal text of a cluster's network position: GNC inside/outside the cluster, E–I index, degree, PageRank. */
final class PositionText {
  private static final String NL = System.lineSeparator();

  private PositionText() {}

  static void render(ClusterAssessment c, Lang lang, StringBuilder out) {
    NetworkPosition p = c.networkPosition();
    String h = l(lang, "Network position: connectivity inside and outside the cluster",
        "网络位置：城市群内部与外部连通度");
    out.append(h).append(NL).append("-".repeat(DisplayWidth.of(h))).append(NL);
    for (NetworkPosition.Interlock i : p.interlock()) {
      String layer = i.layer().equals("firms") ? l(lang, "firm offices (GaWC)", "企业办事处（GaWC）")
          : l(lang, "diplomacy (organisations, networks, missions)", "外交（国际组织、城市网络、使领馆）");
      out.append("  ").append(l(lang, "GNC, ", "全球网络连通度，")).append(layer).append(": ");
      if (i.undecided().isPresent() && i.covered() == 0) {
        out.append(NA).append(" — ").append(i.undecided().get()).append(NL);
        continue;
      }
      out.append(l(lang, "members covered ", "覆盖成员 ")).append(i.covered()).append(" / ").append(i.members().size())
          .append(l(lang, "; internal ", "；内部 ")).append(integer(i.internalConnectivity()))
          .append(l(lang, ", external ", "，外部 ")).append(integer(i.externalConnectivity())).append(NL);
      TextTable t = new TextTable()
          .column(l(lang, "city", "城市"), Align.LEFT, 28)
          .column("GNC", Align.RIGHT)
          .column(l(lang, "% of top", "相对值%"), Align.RIGHT)
          .column(l(lang, "rank", "排名"), Align.RIGHT)
          .column(l(lang, "internal", "内部"), Align.RIGHT)
          .column(l(lang, "external", "外部"), Align.RIGHT)
          .column(l(lang, "external share", "外部占比"), Align.RIGHT);
      for (NetworkPosition.InterlockMember m : i.members()) {
        t.row(name(c, m.cityId(), lang), integer(m.gnc()), percent(m.proportional()), integer(m.rank()),
            integer(m.internal()), integer(m.external()), Numbers.percent(m.externalShare()));
      }
      out.append(t.render(4));
    }
    out.append(NL);
    TextTable t = new TextTable()
        .column(l(lang, "layer", "网络层"), Align.LEFT)
        .column(l(lang, "cities", "城市数"), Align.RIGHT)
        .column(l(lang, "internal ties", "内部联系"), Align.RIGHT)
        .column(l(lang, "external ties", "外部联系"), Align.RIGHT)
        .column(l(lang, "E–I index", "E–I 指数"), Align.RIGHT)
        .column(l(lang, "weighted E–I", "加权 E–I"), Align.RIGHT);
    for (NetworkPosition.Layer layer : p.layers()) {
      t.row(layer.type().label(lang), Numbers.integer(layer.nodes()), Numbers.integer(layer.internalTies()),
          Numbers.integer(layer.externalTies()), fixed(layer.eiIndex()), fixed(layer.weightedEiIndex()));
    }
    out.append(t.render(2));
    TextTable m = new TextTable().column(l(lang, "city", "城市"), Align.LEFT, 28);
    for (NetworkPosition.Layer layer : p.layers()) {
      m.column(l(lang, "degree", "度") + " (" + layer.type().label(lang) + ")", Align.RIGHT)
          .column(l(lang, "PageRank rank", "PageRank 排名") + " (" + layer.type().label(lang) + ")", Align.RIGHT);
    }
    for (int k = 0; k < c.members().size(); k++) {
      Object[] row = new Object[1 + 2 * p.layers().size()];
      row[0] = name(c, c.members().get(k).id(), lang);
      for (int j = 0; j < p.layers().size(); j++) {
        NetworkPosition.LayerMember lm = p.layers().get(j).members().get(k);
        row[1 + 2 * j] = integer(lm.degree());
        row[2 + 2 * j] = integer(lm.pageRankRank());
      }
      m.row(row);
    }
    out.append(NL).append(m.render(2));
    out.append("  ").append(l(lang, "E–I = (external − internal) / (external + internal) ties of the cluster as a"
        + " node (Krackhardt & Stern 1988); n/a: not covered by the layer, not 0",
        "E–I =（外部 − 内部）/（外部 + 内部），城市群视为一个节点（Krackhardt & Stern 1988）；n/a：该层未覆盖，并非 0"))
        .append(NL).append(NL);
  }

  private static String l(Lang lang, String en, String zh) {
    return lang == Lang.ZH ? zh : en;
  }

  private static String name(ClusterAssessment c, String id, Lang lang) {
    return c.memberLabel(id, lang);
  }

  private static String integer(OptionalLong v) {
    return v.isPresent() ? Numbers.integer(v.getAsLong()) : NA;
  }

  private static String integer(OptionalInt v) {
    return v.isPresent() ? Numbers.integer(v.getAsInt()) : NA;
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.1f", 100 * v.getAsDouble()) : NA;
  }

  private static String fixed(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : NA;
  }
}
