package org.hanse.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.model.Lang;
import org.hanse.report.json.AssessmentSamples;
import org.junit.jupiter.api.Test;

class TableTextTest {
  @Test
  void functionsCsvHasTheDocumentedColumnsAndAnUndecidedRowPerCluster() {
    Assessment a = AssessmentSamples.assessment();
    List<FunctionsTable.Row> rows = FunctionsTable.of(a);
    String csv = TableText.functionsCsv(rows);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("cluster,function,score,evidence");
    assertThat(lines).filteredOn(l -> l.startsWith("yrd,undecided,,")).hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith("japan-pacific,undecided,,")).hasSize(1);
    // the undecided row names the functions without data
    assertThat(csv).contains("industrial production").contains("technology and innovation");
    assertThat(csv).contains("\r\n");
  }

  /** In Chinese the functions are named and their evidence written in Chinese; only names from the data stay. */
  @Test
  void functionsTextInChineseHoldsNoEnglishSentence() {
    Assessment a = AssessmentSamples.assessment();
    String zh = TableText.functionsText(FunctionsTable.of(a), a, Lang.ZH);
    String text = zh;
    for (var c : AssessmentSamples.dataset().cities().values()) {
      text = text.replace(c.nameEn(), " ");
    }
    assertThat(zh).contains("城市群").contains("证据").contains("无法判定").contains("产业制造");
    assertThat(java.util.regex.Pattern.compile("[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}").matcher(text).results()
        .map(java.util.regex.MatchResult::group).toList()).as(zh).isEmpty();
  }

  @Test
  void csvQuotesFieldsThatNeedIt() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field(" padded")).isEqualTo("\" padded\"");
  }

  @Test
  void connectivityTableRanksEveryCoveredCity() {
    ConnectivityTable t = ConnectivityTable.of(AssessmentSamples.dataset(), "diplomacy", null);
    // France has missions in Shanghai and Tokyo: the two interlock, every other city is not covered
    assertThat(t.rows()).extracting(ConnectivityTable.Row::cityId).containsExactlyInAnyOrder("1796236", "1850147");
    assertThat(t.notCovered()).isEqualTo(3);
    String csv = TableText.connectivityCsv(t);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("rank,city_id,name,name_zh,country,gnc,proportional_gnc");
    String text = TableText.connectivityText(t, Lang.EN);
    assertThat(text).contains("上海").contains("not 0");
  }

  @Test
  void assessmentTextShowsEverySection() {
    String text = AssessmentText.render(AssessmentSamples.assessment(), Lang.EN);
    assertThat(text).contains("Drivers scorecard").contains("Function profile").contains("Core diplomatic functions")
        .contains("Inner structure").contains("Cluster — main cities — core functions").contains("cannot decide");
    String html = org.hanse.report.html.PlainHtmlReport.render(AssessmentSamples.assessment(), Lang.ZH);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("核心外交功能").contains("内部结构").doesNotContain("<script");
  }
}
