package org.hanse.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hanse.report.text.TextTable.Align;
import org.junit.jupiter.api.Test;

/** The last column wraps to the line width; nothing is cut and no line is wider than the terminal. */
class TextTableTest {
  @Test
  void theLastColumnWrapsToTheLineWidth() {
    String reason = "known for 2 of 26 subjects, below the minimum coverage 80%: left out of the score; the others"
        + " were not surveyed and are left out, not counted as 0";
    String text = new TextTable().lineWidth(60)
        .column("section", Align.LEFT)
        .column("what was done", Align.LEFT, 90)
        .row("functions", reason)
        .row("ties", "short")
        .render(2);
    assertThat(text.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(60));
    // every word is still there, in order
    String joined = String.join(" ", text.lines().skip(2).map(String::strip).toList()).replaceAll("\\s+", " ");
    assertThat(joined).isEqualTo("functions " + reason + " ties short");
    // continuation lines start under the column
    assertThat(text.lines().skip(3).findFirst().orElseThrow()).startsWith(" ".repeat(2 + "functions".length() + 2));
  }

  @Test
  void chineseTextWithoutSpacesIsCutByDisplayColumns() {
    assertThat(TextTable.wrap("城市群外交评估城市群外交评估", 10)).containsExactly("城市群外交", "评估城市群", "外交评估");
  }
}
