package org.hanse.server;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.service.StandardAnalysis;
import org.hanse.server.service.StoreHanseService;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.Users;

/**
 * A small but complete snapshot for the server's tests: two clusters, foreign partner cities, every kind of tie,
 * and one city whose name is a script tag (it must always be shown as text).
 */
public final class TestData {
  public static final String XSS_NAME = "<script>alert(1)</script>";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  public static final String PASSWORD = "correct horse battery";

  private TestData() {}

  public static Dataset dataset() {
    Dataset.Builder b = Dataset.builder().label("server test data").lastYear(2025);
    b.source(new Source("test", "Test records", "CC0", "2024", "Hanse tests", ""));
    b.source(new Source("census", "A census", "CC BY 4.0", "2020", "Census office", "https://example.org"));
    City shanghai = city("1796236", "Shanghai", "上海", "CN", 31.22, 121.46, 24_870_895L);
    City hangzhou = city("1808926", "Hangzhou", "杭州", "CN", 30.29, 120.16, 11_936_010L);
    City suzhou = city("1886760", "Suzhou", "苏州", "CN", 31.30, 120.60, 12_748_262L);
    City nanjing = city("1799962", "Nanjing", "南京", "CN", 32.06, 118.78, 9_314_685L);
    City xss = city("x-xss-town", XSS_NAME, "", "CN", 31.50, 120.30, null);
    City guangzhou = city("1809858", "Guangzhou", "广州", "CN", 23.12, 113.25, 18_676_605L);
    City shenzhen = city("1795565", "Shenzhen", "深圳", "CN", 22.54, 114.06, 17_494_398L);
    City hongkong = city("1819729", "Hong Kong", "香港", "HK", 22.28, 114.17, 7_413_070L);
    City london = city("2643743", "London", "伦敦", "GB", 51.51, -0.13, 8_961_989L);
    City newyork = city("5128581", "New York", "纽约", "US", 40.71, -74.01, 8_804_190L);
    City osaka = city("1853909", "Osaka", "大阪", "JP", 34.69, 135.50, 2_753_862L);
    for (City c : List.of(shanghai, hangzhou, suzhou, nanjing, xss, guangzhou, shenzhen, hongkong, london, newyork,
        osaka)) {
      b.city(c);
    }
    b.cluster(new Cluster("yrd", "Yangtze River Delta", "长三角城市群",
        List.of(shanghai.id(), hangzhou.id(), suzhou.id(), nanjing.id(), xss.id()), List.of(shanghai.id()),
        "Yangtze River Delta Urban Agglomeration Development Plan (2016)", "https://example.org/yrd"));
    b.cluster(new Cluster("gba", "Guangdong–Hong Kong–Macao Greater Bay Area", "粤港澳大湾区",
        List.of(guangzhou.id(), shenzhen.id(), hongkong.id()), List.of(guangzhou.id(), shenzhen.id(), hongkong.id()),
        "Outline Development Plan for the Greater Bay Area (2019)", ""));
    b.actor(new Actor("network-c40", ActorKind.CITY_NETWORK, "C40 Cities", "C40城市气候领导联盟", "", "climate", "test"));
    b.actor(new Actor("org-un", ActorKind.ORGANISATION, "United Nations", "联合国", "", "UN system", "test"));
    b.actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "test"));
    int n = 0;
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, osaka.id(), shanghai.id(), 1974, null, 1));
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, "1796236", "5128581", 1990, null, 1)); // Shanghai–New York
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, "1808926", "1853909", 2001, null, 1)); // Hangzhou–Osaka
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, "1809858", "1853909", 1980, null, 1)); // Guangzhou–Osaka
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, "1795565", "2643743", 2010, 2015, 1)); // Shenzhen–London, ended
    b.tie(tie("t" + ++n, TieType.AIR_ROUTE, "1796236", "2643743", null, null, 3));
    b.tie(tie("t" + ++n, TieType.AIR_ROUTE, "1796236", "5128581", null, null, 2));
    b.tie(tie("t" + ++n, TieType.AIR_ROUTE, "1819729", "2643743", null, null, 4));
    b.tie(tie("t" + ++n, TieType.AIR_ROUTE, "1796236", "1819729", null, null, 5));
    b.tie(tie("t" + ++n, TieType.NETWORK_MEMBERSHIP, "1796236", "network-c40", 2008, null, 2));
    b.tie(tie("t" + ++n, TieType.NETWORK_MEMBERSHIP, "1808926", "network-c40", 2015, null, 2));
    b.tie(tie("t" + ++n, TieType.NETWORK_MEMBERSHIP, "1819729", "network-c40", 2007, null, 2));
    b.tie(tie("t" + ++n, TieType.ORGANISATION_SEAT, "1796236", "org-un", 2000, null, 4));
    b.tie(tie("t" + ++n, TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", 1980, null, 2));
    b.tie(tie("t" + ++n, TieType.DIPLOMATIC_MISSION, "1809858", "country-FR", 2000, null, 2));
    b.tie(tie("t" + ++n, TieType.SISTER_CITY, "1799962", "x-xss-town", 2012, null, 1)); // an inner tie
    return b.build();
  }

  private static City city(String id, String en, String zh, String cc, double lat, double lon, Long pop) {
    return new City(id, en, zh, cc, "", lat, lon, pop == null ? null : new Population(pop, 2020, "census"));
  }

  private static Tie tie(String id, TieType type, String a, String b, Integer from, Integer to, double w) {
    String x = a;
    String y = b;
    if (type.isCityToCity() && a.compareTo(b) > 0) {
      x = b;
      y = a;
    }
    return new Tie(id, type, x, y, from, to, w, "", "test");
  }

  /**
   * A store-backed service over {@link #dataset()} in a fresh in-memory H2 database (PostgreSQL when
   * {@code pgUrl} is given), with users: an administrator {@code ada}, an editor {@code hang} responsible for
   * Hangzhou, a coordinator {@code cora} of the Greater Bay Area and a viewer {@code vera}; each with a token.
   */
  public record Fixture(HanseStore store, StoreHanseService service, String adminToken, String editorToken,
      String coordinatorToken, String viewerToken) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
    }
  }

  public static Fixture start() {
    return start("jdbc:h2:mem:server-test-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
  }

  public static Fixture start(String jdbcUrl) {
    HanseStore store = HanseStore.open(jdbcUrl);
    if (!store.isEmpty()) {
      store.close();
      throw new IllegalStateException("the test database " + jdbcUrl + " is not empty");
    }
    store.loadBaseline(dataset());
    Principal setup = Principal.operator("test-setup");
    Users users = store.users();
    users.add(setup, new Users.Spec("ada", "Ada", Role.ADMINISTRATOR, Set.of(), Set.of(), false),
        PASSWORD.toCharArray());
    users.add(setup, new Users.Spec("hang", "Editor of Hangzhou", Role.EDITOR, Set.of("1808926"), Set.of(), false),
        PASSWORD.toCharArray());
    users.add(setup, new Users.Spec("cora", "Coordinator of the GBA", Role.COORDINATOR, Set.of(), Set.of("gba"),
        false), PASSWORD.toCharArray());
    users.add(setup, new Users.Spec("vera", "Viewer", Role.VIEWER, Set.of(), Set.of(), false),
        PASSWORD.toCharArray());
    String admin = users.createToken(setup, "ada", "tests").token();
    String editor = users.createToken(setup, "hang", "tests").token();
    String coordinator = users.createToken(setup, "cora", "tests").token();
    String viewer = users.createToken(setup, "vera", "tests").token();
    StoreHanseService service = new StoreHanseService(store, StandardAnalysis::new, Clock.systemUTC());
    return new Fixture(store, service, admin, editor, coordinator, viewer);
  }
}
