package org.hanse.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.model.Lang;
import org.junit.jupiter.api.Test;

class LocalizerTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?::as-is)?}");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(Localizer.keys(Lang.ZH)).containsExactlyInAnyOrderElementsOf(Localizer.keys(Lang.EN));
  }

  @Test
  void everyTemplateUsesOnlyGroupsItsPatternHas() {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties zh = new java.util.Properties();
    load(en, "texts_en.properties");
    load(zh, "texts_zh.properties");
    for (String key : en.stringPropertyNames()) {
      if (!key.startsWith("re.")) {
        continue;
      }
      int groups = Pattern.compile(en.getProperty(key)).matcher("").groupCount();
      Matcher m = PLACEHOLDER.matcher(zh.getProperty(key));
      while (m.find()) {
        assertThat(Integer.parseInt(m.group(1))).as(key).isLessThan(groups);
      }
    }
  }

  @Test
  void aQuotedDefinitionStaysAsTheDataWriteIt() {
    // A title with "; " and ": " in it: translating it part by part would turn them into Chinese punctuation.
    String title = "Regional Plan Association (2007), Northeast Megaregion 2050: A Common Future; with the cities";
    Localizer zh = Localizer.of(Lang.ZH);
    assertThat(zh.text("defining document: " + title)).isEqualTo("界定文件：" + title);
    assertThat(zh.text("the defining document is not a national government plan by its title (" + title
        + "); a national designation is not recorded in the data"))
        .isEqualTo("从标题看，界定文件不是国家政府的规划（" + title + "）；数据未记录国家层面的认定");
  }

  @Test
  void aNameTwoCitiesShareStaysAsWritten() {
    Localizer zh = Localizer.of(Lang.ZH).uniqueNames(List.of(Map.entry("Taizhou", "泰州"), Map.entry("Taizhou", "台州"),
        Map.entry("Xingtai", "邢台"), Map.entry("Xingtai", "邢台"), Map.entry("Nowhere", "")));
    assertThat(zh.text("Xingtai: main host")).isEqualTo("邢台：主办城市");
    assertThat(zh.text("Taizhou: main host")).isEqualTo("Taizhou：主办城市");
    assertThat(zh.text("Nowhere: main host")).isEqualTo("Nowhere：主办城市");
  }

  @Test
  void aNameWithItsRegionSaysWhichCity() {
    org.hanse.model.Source src = new org.hanse.model.Source("test", "Test", "CC0", "2020", "Test", "");
    org.hanse.model.Dataset d = org.hanse.model.Dataset.builder().label("t").lastYear(2026).source(src)
        .city(new org.hanse.model.City("1793505", "Taizhou", "泰州", "CN", "Jiangsu", 32.49, 119.91,
            new org.hanse.model.Population(1_607_108, 2020, "test")))
        .city(new org.hanse.model.City("8400694", "Taizhou", "台州", "CN", "Zhejiang", 28.66, 121.43,
            new org.hanse.model.Population(1_485_502, 2020, "test")))
        .build();
    Localizer zh = Localizer.of(Lang.ZH).cityNames(d);
    assertThat(zh.text("Taizhou (Zhejiang): main host")).isEqualTo("台州：主办城市");
    assertThat(zh.text("Taizhou (Jiangsu): main host")).isEqualTo("泰州：主办城市");
    assertThat(zh.text("Taizhou: main host")).isEqualTo("Taizhou：主办城市");
  }

  @Test
  void englishIsLeftAsItIsAndUnknownTextsAreNotDropped() {
    assertThat(Localizer.of(Lang.EN).text("defining document: X")).isEqualTo("defining document: X");
    assertThat(Localizer.of(Lang.ZH).text("a sentence no entry knows")).isEqualTo("a sentence no entry knows");
  }

  private static void load(java.util.Properties p, String name) {
    try (var in = Localizer.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
