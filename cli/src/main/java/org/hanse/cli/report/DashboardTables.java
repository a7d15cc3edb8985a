package org.hanse.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.model.Actor;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.ReportTable;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.server.api.MapQueries;
import org.hanse.server.api.Queries;
import org.hanse.server.service.Measure;
import org.hanse.server.service.NetworkStructure;

/**
 * The dashboard's tables that are not tables of a cluster report, built with the dashboard's own queries so that the
 * files hold what the pages show: the network page's central cities, the sources page, the records of the data
 * pages, and the cluster page's tie profile, member table and engagements. A missing value is an empty cell.
 */
final class DashboardTables {
  private DashboardTables() {}

  private static String w(Lang l, String zh, String en) {
    return l == Lang.ZH ? zh : en;
  }

  private static String sep(Lang l) {
    return l == Lang.ZH ? "、" : ", ";
  }

  /** A text column headed in the table's language. */
  private static Column text(Lang l, String zh, String en) {
    return Column.text(w(l, zh, en));
  }

  /** A whole-number column headed and with its unit in the table's language. */
  private static Column integer(Lang l, String zh, String en, String unitZh, String unitEn) {
    return Column.integer(w(l, zh, en), w(l, unitZh, unitEn));
  }

  /** A table of records of the data (the sources and data pages): titled in the table's language, ids first. */
  private static ReportTable.Builder recordTable(String id, Lang l, String titleZh, String titleEn) {
    return new ReportTable.Builder(id, w(l, titleZh, titleEn)).column(Column.text("ID"));
  }

  /** A table of the cluster page: its id and title start with the cluster's. */
  private static ReportTable.Builder clusterTable(Cluster c, String idSuffix, Lang l, String titleZh,
      String titleEn) {
    return new ReportTable.Builder(c.id() + idSuffix, c.name(l) + w(l, titleZh, titleEn));
  }

  /** The finished table of rows read straight from the data, which its provenance names. */
  private static ReportTable fromData(ReportTable.Builder t, Dataset d, Lang l) {
    t.provenance(w(l, "数据：", "data: ") + d.label());
    return t.build();
  }

  /**
   * The network page's "most central cities" for one layer over every year: every city with a centrality, most
   * central first (the page shows the first 20), with its partners, PageRank and community.
   */
  static ReportTable centralCities(Dataset d, TieType layer, NetworkStructure structure, Lang l) {
    MapQueries.NetworkData n = MapQueries.network(d, java.util.Set.of(layer), null, null, 0, structure, l);
    ReportTable.Builder t = new ReportTable.Builder("network-central-" + ExportTablesCommand.slug(layer.key()),
        w(l, "城市网络中最核心的城市：", "Most central cities of the city network: ") + layer.label(l))
        .column(Column.integer(w(l, "排名", "Rank"), ""))
        .column(text(l, "城市编号", "City id"))
        .column(text(l, "城市", "City"))
        .column(text(l, "国家", "Country"))
        .column(integer(l, "伙伴城市数", "Partners", "个", "cities"))
        .column(Column.decimal(w(l, "中心性", "Centrality"), "", 6))
        .column(Column.integer(w(l, "社区", "Community"), ""));
    List<MapQueries.Node> nodes = new ArrayList<>(n.nodes().stream().filter(x -> x.centrality() != null).toList());
    nodes.sort(Comparator.comparingDouble((MapQueries.Node x) -> -x.centrality()).thenComparing(MapQueries.Node::id));
    int rank = 0;
    for (MapQueries.Node x : nodes) {
      String name = l == Lang.ZH && !x.nameZh().isEmpty() ? x.nameZh() : x.nameEn();
      t.row((long) ++rank, x.id(), name, x.country(), (long) x.degree(), x.centrality(),
          x.community() == null ? null : (long) (x.community() + 1));
    }
    t.provenance(NetworkStructure.describe(structure.centralityProvenance(), l, true) + "; "
        + NetworkStructure.describe(structure.communityProvenance(), l, true));
    return t.build();
  }

  /** The sources page: every source of the data with its licence, vintage and attribution. */
  static ReportTable sources(Dataset d, Lang l) {
    ReportTable.Builder t = recordTable("sources", l, "数据来源及许可", "Sources of the data and licences")
        .column(text(l, "名称", "Title"))
        .column(text(l, "许可", "Licence"))
        .column(text(l, "数据年份", "Vintage"))
        .column(text(l, "署名", "Attribution"))
        .column(Column.text("URL"));
    for (Source s : d.sources().values()) {
      t.row(s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url());
    }
    return fromData(t, d, l);
  }

  /** The data page's cities: every city with its population (year and source) and clusters. */
  static ReportTable cities(Dataset d, Lang l) {
    ReportTable.Builder t = recordTable("records-cities", l, "城市", "Cities")
        .column(text(l, "城市", "City"))
        .column(text(l, "名称（另一语言）", "Name (other language)"))
        .column(text(l, "国家或地区", "Country"))
        .column(Column.decimal(w(l, "纬度", "Latitude"), "°", 4))
        .column(Column.decimal(w(l, "经度", "Longitude"), "°", 4))
        .column(integer(l, "人口", "Population", "人", "persons"))
        .column(Column.year(w(l, "人口年份", "Population year")))
        .column(text(l, "人口来源", "Population source"))
        .column(text(l, "城市群", "Clusters"));
    for (City c : d.cities().values()) {
      Population p = c.population();
      List<String> in = new ArrayList<>();
      for (Cluster k : d.clusters().values()) {
        if (k.hasMember(c.id())) {
          in.add(k.id());
        }
      }
      t.row(c.id(), c.name(l), l == Lang.ZH ? c.nameEn() : c.nameZh(), c.country(), c.latitude(), c.longitude(),
          p == null ? null : p.value(), p == null ? null : p.year(), p == null ? "" : p.sourceId(),
          String.join(";", in));
    }
    return fromData(t, d, l);
  }

  /** The data page's ties (and each city page's, filtered by city): every tie with its years, weight and source. */
  static ReportTable ties(Dataset d, Lang l) {
    ReportTable.Builder t = recordTable("records-ties", l, "联系", "Ties")
        .column(text(l, "类型", "Type"))
        .column(text(l, "城市编号", "City id"))
        .column(text(l, "城市", "City"))
        .column(text(l, "伙伴编号", "Partner id"))
        .column(text(l, "伙伴", "Partner"))
        .column(Column.year(w(l, "起始年份", "From")))
        .column(Column.year(w(l, "结束年份", "To")))
        .column(Column.decimal(w(l, "权重", "Weight"), "", 2))
        .column(text(l, "说明", "Detail"))
        .column(text(l, "来源", "Source"));
    for (Tie x : d.ties()) {
      String city = d.city(x.cityId()).map(c -> c.name(l)).orElse(x.cityId());
      String partner = x.type().isCityToCity() ? d.city(x.partnerId()).map(c -> c.name(l)).orElse(x.partnerId())
          : d.actor(x.partnerId()).map(a -> a.name(l)).orElse(x.partnerId());
      t.row(x.id(), x.type().label(l), x.cityId(), city, x.partnerId(), partner, x.fromYear(), x.toYear(), x.weight(),
          x.detail(), x.sourceId());
    }
    return fromData(t, d, l);
  }

  /** The data page's foreign actors. */
  static ReportTable actors(Dataset d, Lang l) {
    ReportTable.Builder t = recordTable("records-actors", l, "外国行为体", "Foreign actors")
        .column(text(l, "类别", "Kind"))
        .column(text(l, "名称", "Name"))
        .column(text(l, "名称（另一语言）", "Name (other language)"))
        .column(text(l, "国家", "Country"))
        .column(text(l, "领域", "Sector"))
        .column(text(l, "来源", "Source"));
    for (Actor a : d.actors().values()) {
      t.row(a.id(), a.kind().label(l), a.name(l), l == Lang.ZH ? a.nameEn() : a.nameZh(), a.country(), a.sector(),
          a.sourceId());
    }
    return fromData(t, d, l);
  }

  /**
   * The cluster page's ties by type: inside the cluster (none for actor types, whose partners are abroad), to
   * foreign partners, at home outside the cluster, and the distinct foreign partners.
   */
  static ReportTable tieProfile(Dataset d, Cluster c, TieProfile p, Lang l) {
    ReportTable.Builder t = clusterTable(c, "-tie-profile", l, " — 成员城市在城市群内外的国际联系",
        " — international ties of the members, inside and outside")
        .column(text(l, "类型", "Type"))
        .column(integer(l, "城市群内部", "Inside the cluster", "条", "ties"))
        .column(integer(l, "国际", "International", "条", "ties"))
        .column(integer(l, "国内、城市群外", "Domestic, outside the cluster", "条", "ties"))
        .column(Column.integer(w(l, "国际伙伴", "International partners"), ""));
    for (TieProfile.TypeCount x : p.byType()) {
      boolean none = d.tiesOfType(x.type()).isEmpty();
      // a type nobody recorded is missing, not zero
      t.row(x.type().label(l), none || x.inside().isEmpty() ? null : (long) x.inside().getAsInt(),
          none ? null : (long) x.international(), none || !x.cityToCity() ? null : (long) x.domestic(),
          none ? null : (long) x.internationalPartners());
    }
    t.provenance(p.provenance().method() + " (" + p.provenance().citation() + ")");
    return t.build();
  }

  /** The cluster page's member table: every member with the value of every city measure (empty where none). */
  static ReportTable memberMeasures(Dataset d, Cluster c, List<Measure> measures, Lang l) {
    ReportTable.Builder t = clusterTable(c, "-member-measures", l, " — 成员城市及各项指标",
        " — member cities with every measure")
        .column(text(l, "城市编号", "City id"))
        .column(text(l, "城市", "City"))
        .column(text(l, "国家", "Country"))
        .column(text(l, "中心城市", "Central"));
    for (Measure m : measures) {
      t.column(Column.decimal(m.name(l), m.unit(), 4));
    }
    for (String id : c.memberIds()) {
      City city = d.city(id).orElseThrow();
      List<Object> row = new ArrayList<>(List.of(id, city.name(l), city.country(),
          c.isCentral(id) ? w(l, "是", "yes") : w(l, "否", "no")));
      for (Measure m : measures) {
        row.add(m.values().get(id));
      }
      t.row(row.toArray());
    }
    List<String> methods = new ArrayList<>();
    measures.forEach(m -> methods.add(m.name(l) + ": " + m.method(l)));
    t.provenance(String.join("; ", methods));
    return t.build();
  }

  /**
   * The cluster page's engagements: each foreign partner and tie type with the members engaged with it, partners
   * shared by several members first (the page shows the first 25 shared ones; the table has every one).
   */
  static ReportTable engagements(Dataset d, Cluster c, Lang l) {
    ReportTable.Builder t = clusterTable(c, "-engagements", l, " — 成员城市共同的外国伙伴",
        " — foreign partners engaged by the members")
        .column(text(l, "伙伴", "Partner"))
        .column(text(l, "伙伴编号", "Partner id"))
        .column(text(l, "类型", "Type"))
        .column(Column.integer(w(l, "成员城市数", "Members"), ""))
        .column(text(l, "成员城市", "Engaged by"))
        .column(Column.integer(w(l, "联系数", "Ties"), ""));
    for (Queries.Engagement e : Queries.engagements(d, c, Queries.tieTypes(null), null)) {
      String partner = l == Lang.ZH && e.partnerNameZh() != null && !e.partnerNameZh().isEmpty() ? e.partnerNameZh()
          : e.partnerNameEn();
      List<String> names = e.memberIds().stream().map(m -> d.city(m).map(x -> x.name(l)).orElse(m)).toList();
      t.row(partner, e.partnerId(), TieType.fromKey(e.type()).label(l), (long) e.memberIds().size(),
          String.join(sep(l), names), (long) e.ties());
    }
    return fromData(t, d, l);
  }
}
