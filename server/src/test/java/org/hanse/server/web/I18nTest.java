package org.hanse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class I18nTest {
  private final I18n i18n = new I18n();

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
    Set<String> zh = new HashSet<>(i18n.bundle(Lang.ZH).keySet());
    Set<String> en = new HashSet<>(i18n.bundle(Lang.EN).keySet());
    assertThat(zh).isEqualTo(en);
    for (String k : zh) {
      assertThat(i18n.text(Lang.ZH, k)).as(k).isNotBlank();
      assertThat(i18n.text(Lang.EN, k)).as(k).isNotBlank();
    }
  }

  @Test
  void everyTieTypeHasALabelMatchingTheModel() {
    for (TieType t : TieType.values()) {
      assertThat(i18n.text(Lang.ZH, "tie." + t.key())).isEqualTo(t.label(Lang.ZH));
      assertThat(i18n.text(Lang.EN, "tie." + t.key())).isEqualTo(t.label(Lang.EN));
    }
  }

  @Test
  void chineseWordsAreReadAsUtf8() {
    assertThat(i18n.text(Lang.ZH, "nav.clusters")).isEqualTo("城市群");
    assertThat(i18n.text(Lang.ZH, "common.pageOf", 2, 5, 230)).isEqualTo("第 2 页，共 5 页（230 条记录）");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-  | -  | zh-CN,zh;q=0.9,en;q=0.8 | ZH",
      "-  | -  | en-US,en;q=0.9,zh;q=0.5 | EN",
      "-  | -  | zh-TW                   | ZH",
      "-  | -  | fr-FR,de                | EN",
      "-  | -  | -                       | EN",
      "-  | -  | ;;;garbage              | EN",
      "en | -  | zh-CN                   | EN",
      "-  | en | zh-CN                   | EN",
      "zh | en | en                      | ZH",
      "xx | zh | en                      | ZH",
  })
  void explicitChoiceWinsThenTheBrowserThenEnglish(String query, String cookie, String accept, Lang expected) {
    assertThat(I18n.choose(query, cookie, accept)).isEqualTo(expected);
  }
}
