package org.hanse.report.html;

import java.util.List;
import java.util.Locale;
import org.hanse.model.Lang;
import org.hanse.report.assessment.Block;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ReportSection;
import org.hanse.report.assessment.ReportTable;
import org.hanse.report.assessment.Texts;
import org.hanse.report.svg.Svg;

/**
 * Renders a {@link ClusterReport} as one self-contained, printable XHTML page: styles inline, charts inline as SVG,
 * no script, no external resource. The markup is well-formed XML so that the same page is the input of the PDF
 * rendering ({@link Target#PDF} adds CSS paged media: page numbers, a table of contents with page numbers and PDF
 * bookmarks).
 */
public final class ReportHtml {
  /** Where the page goes. */
  public enum Target {
    /** A browser or a printer from a browser. */
    SCREEN,
    /** The openhtmltopdf renderer (CSS paged media, font family "CJK" registered by the renderer). */
    PDF
  }

  private ReportHtml() {}

  public static String render(ClusterReport report, Target target) {
    Texts tx = Texts.of(report.lang());
    StringBuilder h = new StringBuilder(64 * 1024);
    String langTag = report.lang() == Lang.ZH ? "zh-CN" : "en";
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(langTag)
        .append("\" xml:lang=\"").append(langTag).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Hanse\"/>\n")
        .append("<title>").append(esc(report.title())).append("</title>\n<style>\n").append(css(target, tx))
        .append("</style>\n");
    if (target == Target.PDF) {
      h.append("<bookmarks>\n");
      int n = 0;
      for (ReportSection s : report.sections()) {
        n++;
        h.append("<bookmark name=\"").append(esc(n + " " + s.title())).append("\" href=\"#").append(anchor(s.id()))
            .append("\">");
        int k = 0;
        for (ReportSection sub : s.subsections()) {
          k++;
          h.append("<bookmark name=\"").append(esc(n + "." + k + " " + sub.title())).append("\" href=\"#")
              .append(anchor(s.id() + "-" + sub.id())).append("\"/>");
        }
        h.append("</bookmark>\n");
      }
      h.append("</bookmarks>\n");
    }
    h.append("</head>\n<body>\n<header class=\"cover\">\n<h1>").append(esc(report.title())).append("</h1>\n")
        .append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n</header>\n");
    h.append("<nav class=\"toc\">\n<h2>").append(esc(tx.t("toc"))).append("</h2>\n<ol>\n");
    int n = 0;
    for (ReportSection s : report.sections()) {
      n++;
      h.append("<li><a class=\"toc-link\" href=\"#").append(anchor(s.id())).append("\">").append(n).append(' ')
          .append(esc(s.title())).append("</a>");
      if (!s.subsections().isEmpty()) {
        h.append("\n<ol>");
        int k = 0;
        for (ReportSection sub : s.subsections()) {
          k++;
          h.append("<li><a class=\"toc-link\" href=\"#").append(anchor(s.id() + "-" + sub.id())).append("\">")
              .append(n).append('.').append(k).append(' ').append(esc(sub.title())).append("</a></li>");
        }
        h.append("</ol>");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n</nav>\n");
    n = 0;
    for (ReportSection s : report.sections()) {
      n++;
      section(h, tx, target, s, Integer.toString(n), s.id(), 2);
    }
    h.append("<footer><p>").append(esc(tx.t("generated.by"))).append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, Texts tx, Target target, ReportSection s, String number, String id,
      int level) {
    h.append("<section id=\"").append(anchor(id)).append("\" class=\"level").append(level).append("\">\n<h")
        .append(level).append('>').append(number).append(' ').append(esc(s.title())).append("</h").append(level)
        .append(">\n");
    for (Block b : s.blocks()) {
      block(h, tx, target, b);
    }
    int k = 0;
    for (ReportSection sub : s.subsections()) {
      k++;
      section(h, tx, target, sub, number + "." + k, id + "-" + sub.id(), level + 1);
    }
    h.append("</section>\n");
  }

  private static void block(StringBuilder h, Texts tx, Target target, Block b) {
    if (b instanceof Block.Paragraph p) {
      h.append("<p>").append(esc(p.text())).append("</p>\n");
    } else if (b instanceof Block.Bullets l) {
      h.append("<ul>\n");
      l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
      h.append("</ul>\n");
    } else if (b instanceof Block.KeyFigures k && target == Target.PDF) {
      figureTable(h, k);
    } else if (b instanceof Block.KeyFigures k) {
      h.append("<div class=\"figures\">\n");
      for (Block.KeyFigure f : k.figures()) {
        figure(h, "div", f);
        h.append("\n");
      }
      h.append("</div>\n");
    } else if (b instanceof Block.Table t && target == Target.PDF) {
      pdfTable(h, tx, t.table());
    } else if (b instanceof Block.Table t) {
      table(h, tx, t.table());
    } else if (b instanceof Block.Chart c) {
      h.append("<figure class=\"chart\" id=\"chart-").append(esc(c.id())).append("\">\n<div class=\"svg\">")
          .append(c.svg()).append("</div>\n<figcaption>").append(esc(c.caption())).append("</figcaption>\n");
      if (!c.provenance().isEmpty()) {
        h.append("<p class=\"prov\">").append(esc(c.provenance())).append("</p>\n");
      }
      h.append("</figure>\n");
    } else if (b instanceof Block.Notice x) {
      String kind = x.kind().name().toLowerCase(Locale.ROOT);
      h.append("<div class=\"notice ").append(kind).append("\"><strong>").append(esc(tx.t("notice." + kind)))
          .append(": </strong>").append(esc(x.text())).append("</div>\n");
    } else {
      throw new IllegalArgumentException("unknown block " + b.getClass());
    }
  }

  private static void table(StringBuilder h, Texts tx, ReportTable t) {
    h.append("<table id=\"table-").append(t.id()).append("\">\n<caption>").append(esc(t.title()))
        .append("</caption>\n<thead><tr>");
    List<ReportTable.Column> cols = t.columns();
    for (int i = 0; i < cols.size(); i++) {
      ReportTable.Column c = cols.get(i);
      int longest = 0;
      for (List<Object> row : t.rows()) {
        if (row.get(i) instanceof String s) {
          longest = Math.max(longest, s.length());
        }
      }
      // a column of long texts gets a share of the width, so that short columns are not squeezed to one character
      String width = longest > 60 ? " style=\"width: 35%\"" : "";
      h.append("<th class=\"").append(c.type() == ReportTable.ColumnType.TEXT ? "text" : "num").append('"')
          .append(width).append('>').append(esc(c.headerWithUnit())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < cols.size(); i++) {
        Object v = row.get(i);
        ReportTable.Column c = cols.get(i);
        if (v == null) {
          h.append("<td class=\"na\">").append(esc(tx.t("missing.value"))).append("</td>");
        } else if (v instanceof Number num) {
          h.append("<td class=\"num\">").append(esc(formatNumber(num, c))).append("</td>");
        } else {
          h.append("<td>").append(esc((String) v)).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (!t.provenance().isEmpty()) {
      h.append("<p class=\"prov\">").append(esc(t.provenance())).append("</p>\n");
    }
  }

  /** One key figure (value, label, provenance if any) in an element {@code tag} of class "figure". */
  private static void figure(StringBuilder h, String tag, Block.KeyFigure f) {
    h.append('<').append(tag).append(" class=\"figure\"><div class=\"value\">").append(esc(f.value()))
        .append("</div><div class=\"label\">").append(esc(f.label())).append("</div>");
    if (!f.provenance().isEmpty()) {
      h.append("<div class=\"prov\">").append(esc(f.provenance())).append("</div>");
    }
    h.append("</").append(tag).append('>');
  }

  /**
   * Key figures for the PDF as a table of two per row: openhtmltopdf does not lay out flex boxes, and inline
   * blocks break unevenly.
   */
  private static void figureTable(StringBuilder h, Block.KeyFigures k) {
    h.append("<table class=\"figures\">\n");
    List<Block.KeyFigure> all = k.figures();
    for (int i = 0; i < all.size(); i += 2) {
      h.append("<tr>");
      for (int j = i; j < i + 2; j++) {
        if (j >= all.size()) {
          h.append("<td class=\"figure-empty\"></td>");
          continue;
        }
        Block.KeyFigure f = all.get(j);
        figure(h, "td", f);
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  /**
   * A table for the PDF, laid out by {@link TableLayout}: fixed column widths from the contents, and the long-text
   * columns that would not fit as a line of their own under each entry ("Why: …"), across the full width.
   */
  private static void pdfTable(StringBuilder h, Texts tx, ReportTable t) {
    TableLayout.Layout layout = TableLayout.of(t, tx.lang());
    List<ReportTable.Column> cols = t.columns();
    h.append("<table class=\"fixed\" id=\"table-").append(t.id()).append("\">\n<caption>").append(esc(t.title()))
        .append("</caption>\n<thead><tr>");
    for (int i = 0; i < layout.inline().size(); i++) {
      ReportTable.Column c = cols.get(layout.inline().get(i));
      h.append("<th class=\"").append(c.type() == ReportTable.ColumnType.TEXT ? "text" : "num").append("\" style=\"width: ")
          .append(String.format(Locale.ROOT, "%.1f", layout.percent().get(i))).append("%\">")
          .append(esc(c.headerWithUnit())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    int k = 0;
    for (List<Object> row : t.rows()) {
      String stripe = k++ % 2 == 1 ? " alt" : "";
      boolean details = !layout.detail().isEmpty();
      h.append("<tr class=\"entry").append(stripe).append(details ? " has-detail" : "").append("\">");
      for (int i : layout.inline()) {
        cell(h, tx, row.get(i), cols.get(i));
      }
      h.append("</tr>\n");
      if (details) {
        h.append("<tr class=\"detail").append(stripe).append("\"><td colspan=\"").append(layout.inline().size())
            .append("\">");
        for (int i : layout.detail()) {
          Object v = row.get(i);
          h.append("<div class=\"dd\"><span class=\"dt\">").append(esc(cols.get(i).headerWithUnit()))
              .append(": </span>").append(esc(v == null ? tx.t("missing.value") : v instanceof Number num
                  ? formatNumber(num, cols.get(i)) : (String) v)).append("</div>");
        }
        h.append("</td></tr>\n");
      }
    }
    h.append("</tbody>\n</table>\n");
    if (!t.provenance().isEmpty()) {
      h.append("<p class=\"prov\">").append(esc(t.provenance())).append("</p>\n");
    }
  }

  private static void cell(StringBuilder h, Texts tx, Object v, ReportTable.Column c) {
    if (v == null) {
      h.append("<td class=\"na\">").append(esc(tx.t("missing.value"))).append("</td>");
    } else if (v instanceof Number num) {
      h.append("<td class=\"num\">").append(esc(formatNumber(num, c))).append("</td>");
    } else {
      h.append("<td>").append(esc((String) v)).append("</td>");
    }
  }

  /** A number as the table shows it: integers without decimals, others with the column's decimals. */
  public static String formatNumber(Number v, ReportTable.Column c) {
    if (c.type() == ReportTable.ColumnType.YEAR) {
      return Long.toString(Math.round(v.doubleValue()));
    }
    if (c.type() == ReportTable.ColumnType.INTEGER) {
      return String.format(Locale.ROOT, "%,d", Math.round(v.doubleValue()));
    }
    return String.format(Locale.ROOT, "%,." + c.decimals() + "f", v.doubleValue());
  }

  static String anchor(String id) {
    return "sec-" + id.replace('/', '-');
  }

  /** Escapes text for XHTML. */
  public static String esc(String s) {
    return Svg.escape(s);
  }

  private static String css(Target target, Texts tx) {
    String fonts = target == Target.PDF ? "CJK"
        : "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Helvetica Neue', Arial, sans-serif";
    StringBuilder c = new StringBuilder();
    c.append("body { font-family: ").append(fonts).append("; color: #222; line-height: 1.5; margin: 0 auto; ")
        .append(target == Target.PDF ? "font-size: 9.5pt; }\n" : "max-width: 60em; padding: 1em 2em; font-size: 15px; }\n");
    c.append("""
        h1 { font-size: 1.8em; margin: 0.2em 0; color: #0b3d6b; }
        h2 { font-size: 1.4em; color: #0b3d6b; border-bottom: 2px solid #0b3d6b; padding-bottom: 0.1em; margin-top: 1.6em; }
        h3 { font-size: 1.15em; color: #0b3d6b; margin-top: 1.3em; }
        .subtitle { color: #555; }
        .cover { border-bottom: 4px solid #0b3d6b; padding-bottom: 0.6em; margin-bottom: 1em; }
        nav.toc ol { list-style: none; padding-left: 0; }
        nav.toc ol ol { padding-left: 1.5em; }
        nav.toc a { color: #0b3d6b; text-decoration: none; }
        .figure { border: 1px solid #c9d6e3; border-radius: 4px; padding: 0.5em 0.7em; background: #f5f8fb; }
        .figure .value { font-size: 1.3em; font-weight: bold; color: #0b3d6b; }
        .figure .label { font-size: 0.95em; }
        .prov { font-size: 0.75em; color: #666; margin: 0.2em 0 1em 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.8em 0 0.2em 0; font-size: 0.85em; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        th { background: #0b3d6b; color: #fff; padding: 0.3em 0.4em; font-weight: normal; }
        th.text { text-align: left; }
        th.num { text-align: right; }
        td { border-bottom: 1px solid #dde3ea; padding: 0.25em 0.4em; vertical-align: top; }
        td.num { text-align: right; white-space: nowrap; }
        td.na { text-align: right; color: #999; font-style: italic; }
        tbody tr:nth-child(even) td { background: #f7f9fb; }
        figure.chart { margin: 1em 0; }
        figure.chart .svg svg { max-width: 100%; height: auto; }
        figcaption { font-weight: bold; font-size: 0.9em; }
        .notice { border-left: 4px solid #999; background: #f4f4f4; padding: 0.4em 0.7em; margin: 0.7em 0; font-size: 0.9em; }
        .notice.missing_data { border-color: #d55e00; background: #fdf1ea; }
        .notice.caveat { border-color: #0072b2; background: #eef5fb; }
        .notice.not_available { border-color: #777; background: #f1f1f1; }
        footer { margin-top: 2em; font-size: 0.8em; color: #666; border-top: 1px solid #ccc; }
        """);
    if (target == Target.SCREEN) {
      c.append("""
          .figures { display: flex; flex-wrap: wrap; gap: 0.6em; margin: 0.8em 0; }
          .figure { flex: 1 1 14em; }
          @media print {
            body { max-width: none; padding: 0; font-size: 10pt; }
            section.level2 { page-break-before: always; }
            figure, table, .figure, .notice { page-break-inside: avoid; }
            a { color: inherit; text-decoration: none; }
          }
          """);
    } else {
      c.append("@page { size: A4; margin: 18mm 15mm 20mm 15mm; @bottom-center { content: \"")
          .append(esc(tx.t("page"))).append(" \" counter(page) \" / \" counter(pages); font-family: CJK;")
          .append(" font-size: 8pt; color: #666; } }\n");
      c.append("""
          @page :first { @bottom-center { content: none; } }
          body { word-wrap: break-word; }
          table.figures { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0.6em 0.4em;
            margin: 0.4em -0.6em; font-size: 9.5pt; }
          table.figures td.figure { width: 50%; vertical-align: top; background: #f5f8fb; border: 1px solid #c9d6e3;
            padding: 0.5em 0.7em; }
          table.figures td.figure-empty { border: none; background: none; }
          nav.toc { page-break-after: always; }
          nav.toc a.toc-link::after { content: leader('.') target-counter(attr(href), page); }
          section.level2 { page-break-before: always; }
          table.fixed { -fs-table-paginate: paginate; font-size: 7.5pt; table-layout: fixed; width: 100%; }
          table.fixed th, table.fixed td { word-wrap: break-word; }
          tr, figure, .notice, td.figure { page-break-inside: avoid; }
          tbody tr:nth-child(even) td { background: none; }
          tr.alt td { background: #f7f9fb; }
          tr.has-detail td { border-bottom: none; }
          tr.detail td { padding: 0 0.4em 0.35em 1.2em; color: #333; }
          tr.detail .dt { color: #0b3d6b; }
          td.na { font-style: normal; }
          """);
    }
    return c.toString();
  }
}
