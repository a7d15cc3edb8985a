package org.hanse.report.text;

/**
 * The number of terminal columns a string takes: East Asian wide and fullwidth characters (Chinese, Japanese,
 * Korean, fullwidth forms) take 2, combining marks and format characters 0, everything else 1 (Unicode Standard
 * Annex #11, East Asian Width; ambiguous characters are taken as narrow, as terminals in Western locales do).
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += of(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Columns of one code point: 0, 1 or 2. */
  public static int of(int cp) {
    if (cp == 0 || cp == 0x200B) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // Hiragana, Katakana, Bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE10 && cp <= 0xFE19) // vertical forms
        || (cp >= 0xFE30 && cp <= 0xFE6F) // CJK compatibility forms, small form variants
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
        || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
        || (cp >= 0x20000 && cp <= 0x2FFFD) // CJK extensions B–F
        || (cp >= 0x30000 && cp <= 0x3FFFD); // CJK extension G
  }

  /** The string padded with spaces on the right to the given width (unchanged when already wider). */
  public static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - of(s)));
  }

  /** The string padded with spaces on the left to the given width. */
  public static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - of(s))) + s;
  }

  /** The string cut to at most {@code width} columns, ending with an ellipsis when cut. */
  public static String truncate(String s, int width) {
    if (of(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = of(cp);
      if (w + cw > width - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }
}
