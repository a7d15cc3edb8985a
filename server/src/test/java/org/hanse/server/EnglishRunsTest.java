package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The English-sentence finder of {@link ZhPagesTest} finds what it must and lets names and citations pass. */
class EnglishRunsTest {
  private final EnglishRuns runs = EnglishRuns.of(TestData.dataset(), List.of("Editor of Hangzhou"));

  @Test
  void findsAnEnglishSentenceInTextAndInAttributes() {
    assertThat(runs.inPage("<p>数据中没有 GDP 数值</p>")).isEmpty();
    assertThat(runs.inPage("<p>no GDP value for this city</p>")).hasSize(1);
    assertThat(runs.inPage("<td title=\"the data hold no tie\">n/a</td>")).hasSize(1);
    assertThat(runs.inPage("<input placeholder=\"search by name\">")).hasSize(1);
    assertThat(runs.inPage("<p>方法：<span>entropy weight method</span></p>")).hasSize(1);
  }

  @Test
  void letsNamesMethodsAndEnglishCitationsPass() {
    assertThat(runs.inPage("<p>上海与 Yangtze River Delta 的 PageRank、TOPSIS</p>")).isEmpty();
    assertThat(runs.inPage("<p class=\"citation\" lang=\"en\">Hwang &amp; Yoon (1981) Multiple Attribute Decision"
        + " Making</p>")).isEmpty();
    assertThat(runs.inPage("<script>const a = 'no data at all';</script><style>.a b c {}</style>")).isEmpty();
    assertThat(runs.inPage("<li>Editor of Hangzhou</li>")).isEmpty();
    // a name is allowed as a whole word only
    assertThat(runs.runs("UNESCO Creative Cities network members")).isNotEmpty();
  }
}
