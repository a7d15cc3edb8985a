package org.hanse.ingest.build;

import java.text.Normalizer;

/**
 * The comparison key of a place name: the same key for spellings that differ only in case, diacritics,
 * punctuation, spacing or the usual abbreviations, so that {@code Kyōto} = {@code Kyoto}, {@code St. Petersburg} =
 * {@code Saint Petersburg}, {@code Washington, D.C.} = {@code Washington DC}. Han names are compared after
 * conversion to simplified characters (see {@link Simplified}).
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    boolean han = false;
    boolean abbreviation = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || cp == '\'' || cp == '\u2019' || cp == '\u02BB') {
        continue;
      }
      cp = Character.toLowerCase(cp);
      String mapped = switch (cp) {
        case 'ß' -> "ss";
        case 'ø' -> "o";
        case 'æ' -> "ae";
        case 'œ' -> "oe";
        case 'đ', 'ð' -> "d";
        case 'ł' -> "l";
        case 'ı' -> "i";
        case 'þ' -> "th";
        default -> null;
      };
      if (mapped == null && !Character.isLetterOrDigit(cp)) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append(' ');
      }
      gap = false;
      if (mapped != null) {
        out.append(mapped);
      } else {
        out.appendCodePoint(cp);
        if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          han = true;
        }
      }
    }
    String key = out.toString();
    if (key.startsWith("st") || key.startsWith("mt") || key.startsWith("ft") || key.contains(" st")
        || key.contains(" mt") || key.contains(" ft")) {
      abbreviation = true;
    }
    if (abbreviation) {
      StringBuilder w = new StringBuilder(key.length() + 8);
      for (String word : key.split(" ")) {
        if (w.length() > 0) {
          w.append(' ');
        }
        w.append(switch (word) {
          case "st" -> "saint";
          case "ste" -> "sainte";
          case "mt" -> "mount";
          case "ft" -> "fort";
          default -> word;
        });
      }
      key = w.toString();
    }
    return han ? Simplified.of(key) : key;
  }

  /** True when the text holds Han ideographs (then it is matched against GeoNames' Han-script names). */
  public static boolean isHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
