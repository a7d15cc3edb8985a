package org.hanse.report.json;

import java.util.List;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/** A small dataset with Chinese and Latin names, assessed for the rendering tests. */
public final class AssessmentSamples {
  private AssessmentSamples() {}

  public static Dataset dataset() {
    Source s = new Source("test", "Test source", "CC0", "2020", "Data: test source", "https://example.org");
    return Dataset.builder().label("rendering sample").lastYear(2026).source(s)
        .city(new City("1796236", "Shanghai", "上海", "CN", "", 31.22, 121.46, new Population(24_870_895, 2020, "test")))
        .city(new City("1808926", "Hangzhou", "杭州", "CN", "", 30.29, 120.16, new Population(11_936_010, 2020, "test")))
        .city(new City("1799962", "Nantong", "南通", "CN", "", 32.03, 120.87, null))
        .city(new City("1850147", "Tokyo", "东京", "JP", "", 35.69, 139.69, new Population(14_000_000, 2020, "test")))
        .city(new City("1853909", "Osaka", "大阪", "JP", "", 34.69, 135.50, new Population(2_700_000, 2020, "test")))
        .cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of("1796236", "1808926", "1799962"),
            List.of("1796236"), "长江三角洲城市群发展规划 (2016)", ""))
        .cluster(new Cluster("japan-pacific", "Japan Pacific Belt", "日本太平洋带", List.of("1850147", "1853909"),
            List.of("1850147"), "", ""))
        .actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1796236", "1853909", 1974, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.AIR_ROUTE, "1796236", "1850147", null, null, 4, "", "test"))
        .tie(new Tie("t3", TieType.AIR_ROUTE, "1796236", "1808926", null, null, 1, "", "test"))
        .tie(new Tie("t4", TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", null, null, 3, "", "test"))
        .tie(new Tie("t5", TieType.DIPLOMATIC_MISSION, "1850147", "country-FR", null, null, 3, "", "test"))
        .build();
  }

  public static Assessment assessment() {
    return Assessor.assess(dataset());
  }
}
