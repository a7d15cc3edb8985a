package org.hanse.ingest.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional to simplified Chinese, character by character, with the OpenCC character table (Apache 2.0; see
 * {@code NOTICE-opencc.txt} beside the table). Character-level conversion is enough for place names, which is all
 * it is used for: choosing a simplified Chinese name among GeoNames' Han names and comparing Han names.
 */
public final class Simplified {
  private static final Map<Integer, Integer> TABLE = load();
  /** The table for the Basic Multilingual Plane as an array, for speed (0 = unchanged). */
  private static final char[] BMP = bmp();

  private Simplified() {}

  public static String of(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return ofCodePoints(s);
      }
      char t = BMP[c];
      if (t != 0) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, t);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String ofCodePoints(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> out.appendCodePoint(TABLE.getOrDefault(c, c)));
    return out.toString();
  }

  private static char[] bmp() {
    char[] t = new char[0x10000];
    TABLE.forEach((from, to) -> {
      if (from < 0x10000 && to < 0x10000) {
        t[from] = (char) (int) to;
      }
    });
    return t;
  }

  /** True when the text has no character that the table would change. */
  public static boolean isSimplified(String s) {
    return s.codePoints().noneMatch(TABLE::containsKey);
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> m = new HashMap<>();
    try (InputStream in = Simplified.class.getResourceAsStream("opencc-ts-characters.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] p = line.split("\t");
        int from = p[0].codePointAt(0);
        int to = p[1].codePointAt(0);
        if (from != to) {
          m.put(from, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
