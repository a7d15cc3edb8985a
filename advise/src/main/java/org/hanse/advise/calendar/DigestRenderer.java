package org.hanse.advise.calendar;

import java.util.List;
import java.util.Map;
import org.hanse.model.Lang;

/** The weekly digest as plain text (e-mail, terminal) and as a self-contained HTML page. */
public final class DigestRenderer {
  private DigestRenderer() {}

  /**
   * Plain text.
   *
   * @param cityNames names of the member cities (id when missing)
   */
  public static String text(WeeklyDigest d, Map<String, String> cityNames, Lang lang) {
    StringBuilder b = new StringBuilder();
    boolean zh = lang == Lang.ZH;
    b.append(zh ? "协调日历周报 " : "Coordination digest ").append(d.clusterId()).append(", ").append(d.week())
        .append(" (").append(d.monday()).append(" – ").append(d.sunday()).append(")\n\n");
    section(b, zh ? "本周" : "This week", d.thisWeek(), cityNames, lang);
    section(b, zh ? "未来" + WeeklyDigest.LOOKAHEAD_WEEKS + "周" : "Next " + WeeklyDigest.LOOKAHEAD_WEEKS + " weeks",
        d.upcoming(), cityNames, lang);
    b.append(zh ? "需要协调" : "To coordinate").append(" (").append(d.flags().size()).append(")\n");
    if (d.flags().isEmpty()) {
      b.append(zh ? "  无\n" : "  none\n");
    }
    for (CalendarFlag f : d.flags()) {
      b.append("  [").append(f.rule().label(lang)).append("] ").append(f.explanation()).append('\n');
    }
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<CalendarEntry> entries,
      Map<String, String> names, Lang lang) {
    b.append(title).append(" (").append(entries.size()).append(")\n");
    if (entries.isEmpty()) {
      b.append(lang == Lang.ZH ? "  无\n" : "  none\n");
    }
    for (CalendarEntry e : entries) {
      b.append("  ").append(dates(e)).append("  ").append(names.getOrDefault(e.cityId(), e.cityId())).append(" · ")
          .append(e.kind().label(lang)).append(" · ").append(e.partner())
          .append(e.partnerCountry().isEmpty() ? "" : " (" + e.partnerCountry() + ")").append(" · ").append(e.title())
          .append(e.status().isEmpty() ? "" : " [" + e.status() + "]").append('\n');
    }
    b.append('\n');
  }

  private static String dates(CalendarEntry e) {
    return e.end() == null || e.end().equals(e.start()) ? e.start().toString() : e.start() + "–" + e.end();
  }

  /** A self-contained HTML page (no scripts, no external resources); every text is escaped. */
  public static String html(WeeklyDigest d, Map<String, String> cityNames, Lang lang) {
    boolean zh = lang == Lang.ZH;
    StringBuilder b = new StringBuilder();
    String title = (zh ? "协调日历周报 " : "Coordination digest ") + d.clusterId() + ", " + d.week();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh" : "en").append("\">\n<head><meta charset=\"utf-8\">")
        .append("<title>").append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;"
            + "margin:1em auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;"
            + "text-align:left}.flag{background:#fff4e0}</style></head>\n<body>\n<h1>").append(esc(title))
        .append("</h1>\n<p>").append(d.monday()).append(" – ").append(d.sunday()).append("</p>\n");
    table(b, zh ? "本周" : "This week", d.thisWeek(), cityNames, lang);
    table(b, zh ? "未来" + WeeklyDigest.LOOKAHEAD_WEEKS + "周" : "Next " + WeeklyDigest.LOOKAHEAD_WEEKS + " weeks",
        d.upcoming(), cityNames, lang);
    b.append("<h2>").append(zh ? "需要协调" : "To coordinate").append(" (").append(d.flags().size())
        .append(")</h2>\n");
    if (d.flags().isEmpty()) {
      b.append("<p>").append(zh ? "无" : "none").append("</p>\n");
    } else {
      b.append("<ul>\n");
      for (CalendarFlag f : d.flags()) {
        b.append("<li class=\"flag\"><strong>").append(esc(f.rule().label(lang))).append("</strong>: ")
            .append(esc(f.explanation())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder b, String title, List<CalendarEntry> entries, Map<String, String> names,
      Lang lang) {
    boolean zh = lang == Lang.ZH;
    b.append("<h2>").append(esc(title)).append(" (").append(entries.size()).append(")</h2>\n");
    if (entries.isEmpty()) {
      b.append("<p>").append(zh ? "无" : "none").append("</p>\n");
      return;
    }
    b.append("<table>\n<tr><th>").append(zh ? "日期" : "dates").append("</th><th>").append(zh ? "城市" : "city")
        .append("</th><th>").append(zh ? "类型" : "kind").append("</th><th>").append(zh ? "伙伴" : "partner")
        .append("</th><th>").append(zh ? "事项" : "title").append("</th><th>").append(zh ? "状态" : "status")
        .append("</th></tr>\n");
    for (CalendarEntry e : entries) {
      b.append("<tr><td>").append(dates(e)).append("</td><td>").append(esc(names.getOrDefault(e.cityId(), e.cityId())))
          .append("</td><td>").append(esc(e.kind().label(lang))).append("</td><td>").append(esc(e.partner()))
          .append(e.partnerCountry().isEmpty() ? "" : " (" + esc(e.partnerCountry()) + ")").append("</td><td>")
          .append(esc(e.title())).append("</td><td>").append(esc(e.status())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
