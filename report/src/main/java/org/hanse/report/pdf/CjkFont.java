package org.hanse.report.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font with Chinese glyphs that the PDF embeds. openhtmltopdf embeds TrueType outlines only: the
 * OpenType/CFF Noto CJK fonts fail ("OTF fonts do not have a glyf table"), so the font is checked before use.
 *
 * <p>Where the font is looked for, first hit wins:
 * <ol>
 *   <li>the system property {@value #PROPERTY};</li>
 *   <li>the environment variable {@value #ENV};</li>
 *   <li>Debian's {@code fonts-wqy-microhei} and {@code fonts-wqy-zenhei} packages ({@link #CANDIDATES}).</li>
 * </ol>
 */
public final class CjkFont {
  /** System property naming a TrueType font file (.ttf or .ttc) with CJK glyphs. */
  public static final String PROPERTY = "hanse.cjkFont";
  /** Environment variable naming a TrueType font file (.ttf or .ttc) with CJK glyphs. */
  public static final String ENV = "HANSE_CJK_FONT";
  /** Font files tried when neither the property nor the variable is set (Debian package locations). */
  public static final List<String> CANDIDATES = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  private final Path file;

  private CjkFont(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The file AWT (and so the chart renderer) reads: TrueType files and collections are both accepted there. */
  public Path awtFontFile() {
    return file;
  }

  /**
   * Loads the font (the first face of a collection) into a document as a subset-embedded CID TrueType font.
   */
  public PDFont load(PDDocument doc) throws IOException {
    if (isCollection()) {
      TrueTypeFont[] first = new TrueTypeFont[1];
      TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
      ttc.processAllFonts(f -> {
        if (first[0] == null) {
          first[0] = f;
        }
      });
      // the collection stays open while the document uses the face; it is closed with the document
      doc.registerTrueTypeFontForClosing(first[0]);
      return PDType0Font.load(doc, first[0], true);
    }
    return PDType0Font.load(doc, file.toFile());
  }

  private boolean isCollection() throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] tag = new byte[4];
      f.readFully(tag);
      return new String(tag, StandardCharsets.ISO_8859_1).equals("ttcf");
    }
  }

  /** A given font file, checked to be TrueType. */
  public static CjkFont of(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new FontNotFoundException("CJK font file " + file + " does not exist");
    }
    String problem = trueTypeProblem(file);
    if (problem != null) {
      throw new FontNotFoundException("CJK font file " + file + " cannot be embedded in a PDF: " + problem
          + ". Use a TrueType font such as Debian's fonts-wqy-microhei");
    }
    return new CjkFont(file);
  }

  /**
   * Finds the font as described in the class comment.
   *
   * @throws FontNotFoundException with what was tried and how to install one
   */
  public static CjkFont locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(ENV);
    }
    if (configured != null && !configured.isBlank()) {
      return of(Path.of(configured.strip()));
    }
    List<String> tried = new ArrayList<>();
    for (String c : CANDIDATES) {
      Path p = Path.of(c);
      tried.add(c);
      if (Files.isRegularFile(p) && trueTypeProblem(p) == null) {
        return new CjkFont(p);
      }
    }
    throw new FontNotFoundException("no TrueType font with Chinese glyphs found for the PDF (tried "
        + String.join(", ", tried) + "). Install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei)"
        + " or name a .ttf/.ttc file with -D" + PROPERTY + "=FILE or the environment variable " + ENV);
  }

  /**
   * Null when the file is a TrueType font or collection whose (first) font has a glyf table; otherwise why not.
   */
  static String trueTypeProblem(Path file) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] tag = new byte[4];
      f.readFully(tag);
      long offset = 0;
      String t = new String(tag, StandardCharsets.ISO_8859_1);
      if (t.equals("ttcf")) {
        f.seek(12);
        offset = f.readInt() & 0xFFFFFFFFL;
        f.seek(offset);
        f.readFully(tag);
        t = new String(tag, StandardCharsets.ISO_8859_1);
      }
      if (t.equals("OTTO")) {
        return "it is an OpenType font with CFF outlines (no glyf table)";
      }
      if (!(tag[0] == 0 && tag[1] == 1 && tag[2] == 0 && tag[3] == 0) && !t.equals("true")) {
        return "it is not a TrueType font";
      }
      int tables = f.readUnsignedShort();
      f.seek(offset + 12);
      for (int i = 0; i < tables; i++) {
        f.readFully(tag);
        if (new String(tag, StandardCharsets.ISO_8859_1).equals("glyf")) {
          return null;
        }
        f.skipBytes(12);
      }
      return "it has no glyf table";
    } catch (IOException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  /** No usable CJK TrueType font. */
  public static final class FontNotFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FontNotFoundException(String message) {
      super(message);
    }
  }
}
