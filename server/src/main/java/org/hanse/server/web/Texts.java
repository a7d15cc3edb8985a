package org.hanse.server.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Lang;
import org.hanse.server.service.Measure;

/**
 * Helpers the templates use to show records in the page's language ({@code ${t.name(city)}}). They return plain
 * text; the templates escape it.
 */
public final class Texts {
  private final Lang lang;

  public Texts(Lang lang) {
    this.lang = lang;
  }

  public String name(City c) {
    return c == null ? "" : c.name(lang);
  }

  public String name(Cluster c) {
    return c == null ? "" : c.name(lang);
  }

  public String name(Measure m) {
    return m == null ? "" : m.name(lang);
  }

  public String method(Measure m) {
    return m == null ? "" : m.method(lang);
  }

  /** The name in the page's language from an English/Chinese pair, falling back to English. */
  public String pick(String en, String zh) {
    return lang == Lang.ZH && zh != null && !zh.isEmpty() ? zh : en;
  }

  /**
   * A number as the API gives it, grouped for reading: whole numbers without decimals, others with up to four
   * (the precision of the methods' worked examples). The page's tests read these back and compare with the API.
   */
  public String num(Number value) {
    if (value == null) {
      return "";
    }
    double v = value.doubleValue();
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
    f.setGroupingUsed(true);
    f.setMaximumFractionDigits(v == Math.rint(v) ? 0 : 4);
    return f.format(v);
  }

  /** The raw value for sorting ({@code data-sort}); empty for missing, which sorts last. */
  public String raw(Number value) {
    return value == null ? "" : String.valueOf(value.doubleValue());
  }
}
