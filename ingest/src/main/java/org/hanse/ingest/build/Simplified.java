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
 * Traditional (and Japanese) to simplified Chinese, character by character, with OpenCC's character tables (Apache
 * 2.0; see {@code NOTICE-opencc.txt} beside the tables). Character-level conversion is enough for place names, which is all
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

  /**
   * True when the text has a character that only simplified Chinese writes: the simplified form of a traditional
   * character (兰 for 蘭, 兹 for 茲) that is not itself a traditional character (not in Big5). A name spelt with one was written
   * by a user of simplified Chinese, which a name such as 列斯 (the same in both scripts) does not show.
   */
  public static boolean hasSimplifiedOnlyCharacter(String s) {
    // 里, 台, 后 are the simplified forms of 裡, 臺, 後 but traditional characters too (Big5 has them).
    return s.codePoints().anyMatch(c -> SIMPLIFIED_FORMS.contains(c) && !TABLE.containsKey(c)
        && !(Character.isBmpCodePoint(c) && BIG5.newEncoder().canEncode((char) c)));
  }

  /**
   * Japanese kanji to simplified Chinese: shinjitai (the post-1946 Japanese forms 浜, 広, 恵 …) are first taken
   * back to their traditional forms with OpenCC's shinjitai table (濱, 廣, 惠), which the traditional-to-simplified
   * table then simplifies (滨, 广, 惠); without this step 横浜 would stay as it is instead of becoming 横滨.
   *
   * <p>Some shinjitai are also ordinary simplified Chinese characters with another use (浜 bāng, 芸 yún, 予 yǔ, 沪
   * for Shanghai). In a Japanese place name they are Japanese forms; elsewhere only characters outside the
   * simplified Chinese character set (GB 2312) are converted, so 沪 stays 沪 while 仏山 (a Japanese spelling of
   * Foshan) becomes 佛山.
   *
   * @param japanese true for the name of a place in Japan: every shinjitai is converted
   */
  public static String ofJapanese(String s, boolean japanese) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      Integer t = SHINJITAI.get(c);
      int simplified = t == null ? c : TABLE.getOrDefault(t, t);
      // Only where the result is a simplified Chinese character: 萌 would become the variant 萠 and 渋 the old
      // form 澁, which no Chinese reader writes; those stay as they are.
      boolean convert = t != null && (japanese || !isGb2312(c)) && isGb2312(simplified);
      out.appendCodePoint(convert ? simplified : c);
    });
    return of(out.toString());
  }

  private static final java.util.Set<Integer> SIMPLIFIED_FORMS = java.util.Set.copyOf(TABLE.values());
  private static final Map<Integer, Integer> SHINJITAI = load("opencc-jp-shinjitai-characters.tsv");

  private static final java.nio.charset.Charset GB2312 = java.nio.charset.Charset.forName("GB2312");
  private static final java.nio.charset.Charset BIG5 = java.nio.charset.Charset.forName("Big5");

  /** True when every character is one of the common simplified Chinese characters (GB 2312). */
  public static boolean isStandardSimplified(String s) {
    return s.codePoints().allMatch(Simplified::isGb2312);
  }

  /** True for a character of the GB 2312 set, the common simplified Chinese characters. */
  private static boolean isGb2312(int c) {
    return Character.isBmpCodePoint(c) && Character.isIdeographic(c) && GB2312.newEncoder().canEncode((char) c);
  }

  private static Map<Integer, Integer> load() {
    return load("opencc-ts-characters.tsv");
  }

  private static Map<Integer, Integer> load(String resource) {
    Map<Integer, Integer> m = new HashMap<>();
    try (InputStream in = Simplified.class.getResourceAsStream(resource);
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
