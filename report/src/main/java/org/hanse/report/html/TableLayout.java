package org.hanse.report.html;

import java.util.ArrayList;
import java.util.List;
import org.hanse.model.Lang;
import org.hanse.report.assessment.ReportTable;
import org.hanse.report.assessment.Texts;
import org.hanse.report.text.DisplayWidth;

/**
 * How a table fits the width of an A4 page in the PDF. openhtmltopdf's automatic table layout gives a column of
 * long texts all the width it wants and squeezes the others, down to one character per line for Chinese (whose text
 * can break after any character), or lets the table run off the page. So the PDF lays tables out itself: each
 * column gets a fixed share of the width from what it holds, and the long-text columns (reasons, evidence,
 * attributions, URLs) that would not leave room for the others move to a line of their own under each entry,
 * across the full width.
 *
 * <p>Widths are counted in display columns (a CJK character counts two, {@link DisplayWidth}).
 */
final class TableLayout {
  /** Display columns that fit one line of a table on A4 portrait at the PDF's table font size, cell padding left. */
  static final int PAGE_COLUMNS = 118;
  /** A text column is not given more than this for its natural width; longer texts wrap. */
  static final int MAX_TEXT = 40;
  /** Nor less than this (its header or its texts wrap, never overflow). */
  static final int MIN_TEXT = 6;
  /** A header word longer than this may be broken rather than widen its column further. */
  static final int MAX_HEADER_WORD = 12;
  /** The cell padding, in display columns, added to every column's content. */
  static final int PADDING = 2;

  /** Columns shown in the row, each with its share of the width in percent; the rest go under each entry. */
  record Layout(List<Integer> inline, List<Double> percent, List<Integer> detail) {}

  private TableLayout() {}

  static Layout of(ReportTable t, Lang lang) {
    Texts tx = Texts.of(lang);
    List<ReportTable.Column> cols = t.columns();
    int n = cols.size();
    double[] natural = new double[n];
    double[] longest = new double[n];
    double[] mean = new double[n];
    boolean[] text = new boolean[n];
    for (int c = 0; c < n; c++) {
      ReportTable.Column col = cols.get(c);
      text[c] = col.type() == ReportTable.ColumnType.TEXT;
      int cells = 0;
      double sum = 0;
      int widest = 0;
      for (List<Object> row : t.rows()) {
        Object v = row.get(c);
        String s = v == null ? tx.t("missing.value")
            : v instanceof Number num ? ReportHtml.formatNumber(num, col) : (String) v;
        int w = DisplayWidth.of(s);
        widest = Math.max(widest, w);
        sum += w;
        cells++;
      }
      longest[c] = widest;
      mean[c] = cells == 0 ? 0 : sum / cells;
      int headerWord = Math.min(MAX_HEADER_WORD, longestWord(col.headerWithUnit()));
      if (text[c]) {
        natural[c] = Math.max(Math.max(MIN_TEXT, headerWord), Math.min(widest, MAX_TEXT));
      } else {
        // numbers do not wrap: the column must hold the widest one
        natural[c] = Math.max(widest + 1, Math.min(headerWord, 10));
      }
      natural[c] += PADDING;
    }
    List<Integer> inline = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      inline.add(c);
    }
    List<Integer> detail = new ArrayList<>();
    // move the text columns of the longest cells under the entry until the rest fits; the first column stays
    while (sum(natural, inline) > PAGE_COLUMNS) {
      int move = -1;
      for (int c : inline) {
        if (c > 0 && text[c] && longest[c] > MAX_TEXT / 2 && (move < 0 || mean[c] > mean[move])) {
          move = c;
        }
      }
      if (move < 0) {
        break;
      }
      inline.remove(Integer.valueOf(move));
      detail.add(move);
    }
    detail.sort(Integer::compare);
    // the width left over goes to the text columns in proportion to how much longer their texts are
    double spare = Math.max(0, PAGE_COLUMNS - sum(natural, inline));
    double want = 0;
    for (int c : inline) {
      if (text[c]) {
        want += Math.max(0, longest[c] - natural[c]);
      }
    }
    double[] width = natural.clone();
    for (int c : inline) {
      if (text[c] && want > 0) {
        width[c] += spare * Math.max(0, longest[c] - natural[c]) / want;
      } else if (want == 0) {
        // nothing needs more room: spread what is left evenly
        width[c] += spare / inline.size();
      }
    }
    double total = sum(width, inline);
    List<Double> percent = new ArrayList<>();
    for (int c : inline) {
      percent.add(100 * width[c] / total);
    }
    return new Layout(inline, percent, detail);
  }

  private static double sum(double[] w, List<Integer> cols) {
    double s = 0;
    for (int c : cols) {
      s += w[c];
    }
    return s;
  }

  /** Display width of the longest run without a space (CJK text breaks anywhere: one character). */
  static int longestWord(String s) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int w = DisplayWidth.of(cp);
      if (cp == ' ' || w == 2) {
        best = Math.max(best, Math.max(run, w == 2 ? 2 : 0));
        run = 0;
      } else {
        run += w;
      }
    }
    return Math.max(best, run);
  }
}
