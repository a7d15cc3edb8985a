package org.hanse.ingest.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that name the bundle's cities, on the Han names and alternate names that GeoNames gives the real
 * cities (copied from cities15000, Nov 2025).
 */
class CityNamesTest {
  private static GeoNamesCity city(String id, String name, String country, String admin1, String... alternates) {
    return new GeoNamesCity(id, name, name, Arrays.asList(alternates), 0, 0, "PPLA", country, "01", admin1, 1);
  }

  @ParameterizedTest(name = "{1} -> {3}")
  @CsvSource(delimiter = ';', value = {
    // a simplified-only spelling (兹, 兰, 罗) wins over one that is the same in both scripts or traditional
    "2644688;Leeds;GB;利兹;列斯,利兹",
    "5150529;Cleveland;US;克利夫兰;克利夫兰,克里夫蘭,卡夫蘭",
    "5224151;Providence;US;普罗维登斯;普洛威頓斯,普罗维登斯",
    // Japanese shinjitai are taken back to traditional forms before simplification; X市 counts for X
    "1848354;Yokohama;JP;横滨;横浜,横浜市,横滨市",
    "1863289;Hamamatsu;JP;滨松;浜松,浜松市,滨松市",
    "1862415;Hiroshima;JP;广岛;広島,広島市,廣島市",
    "1851717;Shizuoka;JP;静冈;静岡,静岡市,靜岡市",
    "1859171;Kobe;JP;神户;神戶,神户市,神戸,神戸市",
    // a Japanese spelling of a Chinese city is converted too; the municipality with 市 wins over a district
    "1811103;Foshan;CN;佛山;仏山市,佛山,佛山市",
    "1795565;Shenzhen;CN;深圳;宝安,寶安,新安,深圳,深圳市",
    // 沪 is a simplified Chinese character (Shanghai's abbreviation), not the Japanese form of 濾
    "1796236;Shanghai;CN;上海;上海,上海市,中国上海,沪",
    // 市 is kept where the bare name is not given (泽西 alone would be Jersey)
    "5099836;Jersey City;US;泽西市;泽西市",
    // the common simplified character wins over a variant outside GB 2312
    "1785777;Yulinshi;CN;榆林;楡林,榆林",
  })
  void chineseNameAmongGeoNamesHanNames(String id, String name, String country, String expected, String hans) {
    CityNames.Chinese c = CityNames.chinese(city(id, name, country, "", hans.split(",")));
    assertThat(c.name()).isEqualTo(expected);
  }

  @Test
  void aTieIsLeftOpenInsteadOfBrokenByCharacterOrder() {
    // Dubai: 杜拜 and 迪拜, one spelling each, both the same in both scripts: nothing in GeoNames decides.
    CityNames.Chinese dubai = CityNames.chinese(city("292223", "Dubai", "AE", "", "Dubai", "杜拜", "迪拜"));
    assertThat(dubai.found()).isFalse();
    assertThat(dubai.rule()).isEqualTo(CityNames.Chinese.UNDECIDED);
    assertThat(dubai.candidates()).containsExactlyInAnyOrder("杜拜", "迪拜");
    // Köln: 古龍 (traditional) and 科隆: the old rule took 古龙 by code-point order.
    CityNames.Chinese koeln = CityNames.chinese(city("2886242", "Köln", "DE", "", "Cologne", "古龍", "科隆"));
    assertThat(koeln.found()).isFalse();
    assertThat(CityNames.chinese(city("6940394", "Saitama", "JP", "", "Saitama")).rule())
        .isEqualTo(CityNames.Chinese.NONE);
  }

  @Test
  void theCitedTableNamesEveryCityItCoversWithItsSource() {
    var overrides = CityNames.overrides();
    assertThat(overrides).containsKeys("2886242", "6940394", "4835797", "1642911", "292223");
    assertThat(overrides.get("2886242").nameZh()).isEqualTo("科隆");
    assertThat(overrides.get("1642911").nameZh()).isEqualTo("雅加达");
    assertThat(overrides.get("292223").nameZh()).isEqualTo("迪拜");
    overrides.values().forEach(o -> {
      assertThat(o.source()).as(o.geonameId()).isNotBlank();
      assertThat(o.reason()).as(o.geonameId()).isNotBlank();
      assertThat(Simplified.of(o.nameZh())).as(o.geonameId()).isEqualTo(o.nameZh());
    });
  }

  @Test
  void japaneseKanjiAreSimplifiedOnlyWhereTheyAreJapanese() {
    assertThat(Simplified.ofJapanese("横浜", true)).isEqualTo("横滨");
    assertThat(Simplified.ofJapanese("広島", true)).isEqualTo("广岛");
    // outside Japan only characters that are not simplified Chinese characters are converted
    assertThat(Simplified.ofJapanese("沪", false)).isEqualTo("沪");
    assertThat(Simplified.ofJapanese("叙永", false)).isEqualTo("叙永");
    assertThat(Simplified.ofJapanese("恵州", false)).isEqualTo("惠州");
    // a conversion that would give a character no Chinese reader writes is not made
    assertThat(Simplified.ofJapanese("留萌", true)).isEqualTo("留萌");
  }

  @Test
  void englishNameIsTheDefinitionsThenAnExonymTwoSourcesAgreeOnThenGeoNames() {
    GeoNamesCity koeln = city("2886242", "Köln", "DE", "North Rhine-Westphalia", "Cologne", "Koeln", "Colonia");
    assertThat(CityNames.english(koeln, "Cologne", List.of(), List.of())).isEqualTo("Cologne");
    GeoNamesCity sevilla = city("2510911", "Sevilla", "ES", "Andalusia", "Seville", "Sevilha", "Siviglia");
    assertThat(CityNames.english(sevilla, null, Set.of("Seville"), Set.of("Seville", "Sevilla"))).isEqualTo("Seville");
    // one English source alone is not enough (Wikidata's labels of 2021–22 include Nur-Sultan for Astana)
    assertThat(CityNames.english(sevilla, null, Set.of("Seville"), Set.of())).isEqualTo("Sevilla");
    // a label GeoNames does not list for the city is not taken
    assertThat(CityNames.english(sevilla, null, Set.of("Seville, Spain"), Set.of("Seville, Spain")))
        .isEqualTo("Sevilla");
    // the name of the city's region is not the city's (GeoNames lists Goa among Mormugao's names)
    GeoNamesCity mormugao = city("1263494", "Mormugao", "IN", "Goa", "Goa", "Marmagao");
    assertThat(CityNames.english(mormugao, null, Set.of("Goa"), Set.of("Goa"))).isEqualTo("Mormugao");
  }
}
