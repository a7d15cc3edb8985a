package org.hanse.model;

/** The two languages of Hanse's users. */
public enum Lang {
  EN,
  ZH;

  public static Lang parse(String s) {
    return switch (s == null ? "" : s.toLowerCase(java.util.Locale.ROOT)) {
      case "zh", "zh-cn", "zh_cn", "cn" -> ZH;
      case "en", "en-gb", "en-us" -> EN;
      default -> throw new IllegalArgumentException("unknown language '" + s + "' (use zh or en)");
    };
  }
}
