package org.hanse.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.hanse.model.Lang;
import org.hanse.report.json.AssessmentSamples;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void wideCharactersTakeTwoColumns() {
    assertThat(DisplayWidth.of("Shanghai")).isEqualTo(8);
    assertThat(DisplayWidth.of("上海")).isEqualTo(4);
    assertThat(DisplayWidth.of("长三角 yrd")).isEqualTo(10);
    assertThat(DisplayWidth.of("東京タワー")).isEqualTo(10);
    assertThat(DisplayWidth.of("서울")).isEqualTo(4);
    assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4); // fullwidth forms
    assertThat(DisplayWidth.of("Zürich")).isEqualTo(6);
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1); // combining acute accent
    assertThat(DisplayWidth.of("𠀀")).isEqualTo(2); // CJK extension B, outside the BMP
  }

  @Test
  void truncateCountsColumnsNotChars() {
    assertThat(DisplayWidth.truncate("粤港澳大湾区", 7)).isEqualTo("粤港澳…");
    assertThat(DisplayWidth.of(DisplayWidth.truncate("粤港澳大湾区", 7))).isLessThanOrEqualTo(7);
    assertThat(DisplayWidth.truncate("short", 10)).isEqualTo("short");
  }

  /** Seeded property: in any table of mixed names, every line's right-aligned last column ends at one column. */
  @RepeatedTest(20)
  void rightAlignedColumnsEndTogether(org.junit.jupiter.api.RepetitionInfo info) {
    Random r = new Random(1000 + info.getCurrentRepetition());
    List<String> pool = List.of("上海", "Shanghai", "粤港澳大湾区", "Greater Bay Area", "東京", "Zürich", "São Paulo",
        "北京市", "x", "Ōsaka 大阪");
    TextTable t = new TextTable().column("name", TextTable.Align.LEFT).column("中文", TextTable.Align.LEFT)
        .column("value", TextTable.Align.RIGHT);
    int rows = 1 + r.nextInt(8);
    for (int i = 0; i < rows; i++) {
      t.row(pool.get(r.nextInt(pool.size())), pool.get(r.nextInt(pool.size())), r.nextInt(1_000_000));
    }
    String[] lines = t.render(2).split("\\R");
    assertThat(lines).hasSize(rows + 2);
    int width = DisplayWidth.of(lines[1]);
    for (String line : lines) {
      assertThat(DisplayWidth.of(line)).as(line).isEqualTo(width);
    }
  }

  @Test
  void assessmentTextAlignsChineseNames() {
    String text = AssessmentText.render(AssessmentSamples.assessment(), Lang.EN);
    assertThat(text).contains("Yangtze River Delta 长三角 [yrd]");
    // the member table: the population column (right-aligned) ends at the same terminal column on every row
    List<String> all = text.lines().toList();
    int start = all.indexOf(all.stream().filter(l -> l.startsWith("Member cities")).findFirst().orElseThrow());
    List<String> rows = all.subList(start, all.size()).stream().takeWhile(l -> !l.isEmpty())
        .filter(l -> l.startsWith("  Shanghai") || l.startsWith("  Hangzhou") || l.startsWith("  Nantong")).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isEqualTo(DisplayWidth.of(rows.get(0))));
    assertThat(text).contains("n/a"); // Nantong's population is unknown, not 0
    assertThat(text).contains("Data: test source");
  }

  @Test
  void chineseRenderingUsesChineseLabels() {
    String text = AssessmentText.render(AssessmentSamples.assessment(), Lang.ZH);
    assertThat(text).contains("成员城市").contains("中心城市").contains("缺失数据");
  }
}
