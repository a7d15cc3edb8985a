package org.hanse.report.text;

import java.util.List;
import java.util.Locale;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.analysis.text.Localizer;
import org.hanse.model.Lang;
import org.hanse.report.text.TextTable.Align;

/** Text and CSV of the core-functions table and the world-city connectivity table. */
public final class TableText {
  private static final String NL = System.lineSeparator();

  private TableText() {}

  private static String score(FunctionsTable.Row r) {
    return r.score().isPresent() ? String.format(Locale.ROOT, "%.4f", r.score().getAsDouble()) : "";
  }

  /** Columns cluster, function, score, evidence; the evidence column is wrapped to the terminal width. */
  public static String functionsText(List<FunctionsTable.Row> rows, Lang lang) {
    return functionsText(rows, null, lang);
  }

  /**
   * The same, the functions named and the evidence written in {@code lang} (the assessment gives the functions'
   * names in the language; without it they stay keys).
   */
  public static String functionsText(List<FunctionsTable.Row> rows, Assessment a, Lang lang) {
    boolean zh = lang == Lang.ZH;
    Localizer loc = Localizer.of(lang, a);
    TextTable t = new TextTable()
        .column(zh ? "城市群" : "cluster", Align.LEFT)
        .column(zh ? "功能" : "function", Align.LEFT)
        .column(zh ? "得分" : "score", Align.RIGHT)
        .column(zh ? "证据" : "evidence", Align.LEFT, 140);
    String last = null;
    for (FunctionsTable.Row r : rows) {
      String function = r.function().equals(FunctionsTable.UNDECIDED) ? (zh ? "无法判定" : r.function())
          : loc.text(r.function());
      t.row(r.cluster().equals(last) ? "" : r.cluster(), (r.core() ? "* " : "  ") + function, score(r),
          r.evidence(loc));
      last = r.cluster();
    }
    return t.render(0) + (zh ? "* 核心功能（LQ ≥ 阈值且证据充足）；得分 = 区位熵 LQ；完整证据：--format csv 或 json" + NL
        : "* core function (LQ at or over the threshold on enough evidence); score = location quotient; full"
            + " evidence: --format csv or json" + NL);
  }

  public static String functionsCsv(List<FunctionsTable.Row> rows) {
    StringBuilder b = new StringBuilder(Csv.line(List.of("cluster", "function", "score", "evidence")));
    for (FunctionsTable.Row r : rows) {
      b.append(Csv.line(List.of(r.cluster(), r.function(), score(r), r.evidence())));
    }
    return b.toString();
  }

  public static String connectivityText(ConnectivityTable t, Lang lang) {
    boolean zh = lang == Lang.ZH;
    TextTable x = new TextTable()
        .column(zh ? "排名" : "rank", Align.RIGHT)
        .column(zh ? "城市编号" : "city id", Align.LEFT)
        .column(zh ? "英文名" : "name", Align.LEFT, 30)
        .column(zh ? "中文名" : "Chinese", Align.LEFT, 16)
        .column(zh ? "国家" : "country", Align.LEFT)
        .column("GNC", Align.RIGHT)
        .column(zh ? "相对 GNC" : "proportional GNC", Align.RIGHT);
    for (ConnectivityTable.Row r : t.rows()) {
      x.row(r.rank(), r.cityId(), r.nameEn(), r.nameZh(), r.country(), Numbers.integer(r.gnc()),
          String.format(Locale.ROOT, "%.4f", r.proportional()));
    }
    Localizer loc = Localizer.of(lang);
    StringBuilder b = new StringBuilder();
    b.append(zh ? "世界城市网络连通度" : "World-city network connectivity").append(" — ")
        .append(t.layer()).append(t.sector().isEmpty() ? "" : " / " + t.sector()).append(NL);
    b.append(x.render(0));
    b.append(t.rows().size()).append(zh ? " 个城市被该层数据覆盖；" : " cities covered by this layer; ")
        .append(t.notCovered()).append(zh ? " 个城市未被覆盖（连通度未知，而非 0）" : " cities of the data are not"
            + " covered (connectivity unknown, not 0)").append(NL);
    b.append(loc.text(t.provenance().method())).append(" — ").append(t.provenance().citation()).append(NL);
    t.provenance().notes().forEach(n -> b.append(loc.text(n)).append(NL));
    return b.toString();
  }

  public static String connectivityCsv(ConnectivityTable t) {
    StringBuilder b = new StringBuilder(Csv.line(List.of("rank", "city_id", "name", "name_zh", "country", "gnc",
        "proportional_gnc")));
    for (ConnectivityTable.Row r : t.rows()) {
      b.append(Csv.line(List.of(String.valueOf(r.rank()), r.cityId(), r.nameEn(), r.nameZh(), r.country(),
          String.valueOf(r.gnc()), String.format(Locale.ROOT, "%.6f", r.proportional()))));
    }
    return b.toString();
  }
}
