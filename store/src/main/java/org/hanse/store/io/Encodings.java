package org.hanse.store.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns the bytes of a text file into text. Without an explicit encoding: a byte-order mark decides (UTF-8,
 * UTF-16); otherwise text that is valid UTF-8 is UTF-8; otherwise it is taken as GB18030, the encoding Chinese Excel
 * saves "CSV" in (a superset of GBK and GB2312). Decoding is strict: a byte sequence that is not valid in the
 * encoding is an error naming the line, never a silent replacement character.
 */
public final class Encodings {
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Encodings() {}

  /**
   * Decoded text and how it was decoded.
   *
   * @param text     the text, without byte-order mark
   * @param encoding the encoding used, e.g. {@code UTF-8}, {@code UTF-8 with BOM}, {@code GB18030}
   */
  public record Decoded(String text, String encoding) {}

  /** Thrown when the bytes are not text in the encoding; the message says where. */
  public static final class NotText extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    NotText(int line, String message) {
      super(message);
      this.line = line;
    }

    /** The 1-based line of the first bad byte. */
    public int line() {
      return line;
    }
  }

  /** Looks up an encoding given on the command line; accepts the usual aliases (utf8, gbk, gb2312, gb18030 …). */
  public static Charset charset(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (n.equals("utf-8-bom") || n.equals("utf8bom") || n.equals("utf-8-sig")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "' (use UTF-8, GB18030, GBK …)");
    }
  }

  /** Decodes with the given encoding, or detects it when {@code forced} is null. */
  public static Decoded decode(byte[] bytes, Charset forced) throws NotText {
    if (forced != null) {
      int skip = forced.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
      return new Decoded(strict(bytes, skip, forced), forced.name());
    }
    if (hasUtf8Bom(bytes)) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 with BOM");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE with BOM");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE with BOM");
    }
    try {
      return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (NotText notUtf8) {
      try {
        return new Decoded(strict(bytes, 0, GB18030), "GB18030");
      } catch (NotText notGb) {
        throw new NotText(notUtf8.line(), "is neither UTF-8 nor GB18030/GBK text (first invalid UTF-8 byte on line "
            + notUtf8.line() + "); save it as \"CSV UTF-8\" or name its encoding with --encoding");
      }
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static String strict(byte[] bytes, int offset, Charset cs) throws NotText {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return dec.decode(in).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes, offset, cs);
      int line = 1;
      for (int i = offset; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new NotText(line, "is not valid " + cs.name() + " text: invalid byte sequence on line " + line);
    }
  }

  /** Offset of the first byte the strict decoder rejects (decoding in steps to find it). */
  private static int firstBadByte(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length * 2));
    java.nio.charset.CoderResult r = dec.decode(in, out, true);
    return r.isError() ? in.position() : bytes.length;
  }
}
