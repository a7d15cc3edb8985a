package org.hanse.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hanse.cli.Main;
import org.hanse.cli.Snapshots;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge-base commands run in-process against a fresh Hanse home (an H2 file database) loaded from a small
 * bundle: import, export, user, audit and db, their user errors (exit 2, one line on stderr), and the way an
 * imported record reaches 'hanse analyze'.
 */
class StoreCommandsTest {
  static final String HEADER = "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n";
  @TempDir Path tmp;
  private org.hanse.cli.TestHome testHome;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = mainCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Main's command line with its error handlers; it is package-private, and this test lives in the store package. */
  private static picocli.CommandLine mainCommandLine() {
    try {
      var m = Main.class.getDeclaredMethod("newCommandLine");
      m.setAccessible(true);
      return (picocli.CommandLine) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Dataset small() {
    Source s = new Source("test", "Test source", "CC0", "2020", "Data: test source", "");
    return Dataset.builder().label("store cli test data").lastYear(2026).source(s)
        .city(new City("1796236", "Shanghai", "上海", "CN", "", 31.22, 121.46, new Population(24_870_895, 2020, "test")))
        .city(new City("1808926", "Hangzhou", "杭州", "CN", "", 30.29, 120.16, new Population(11_936_010, 2020, "test")))
        .city(new City("1850147", "Tokyo", "东京", "JP", "", 35.69, 139.69, new Population(14_000_000, 2020, "test")))
        .city(new City("2988507", "Paris", "巴黎", "FR", "", 48.85, 2.35, new Population(2_100_000, 2020, "test")))
        .cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of("1796236", "1808926"), List.of("1796236"),
            "", ""))
        .cluster(new Cluster("japan-pacific", "Japan Pacific Belt", "日本太平洋带", List.of("1850147"),
            List.of("1850147"), "", ""))
        .actor(new Actor("firm-1", ActorKind.FIRM, "Bank", "", "GB", "banking/finance", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1796236", "2988507", 1997, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.AIR_ROUTE, "1796236", "1850147", null, null, 4, "", "test"))
        .tie(new Tie("t5", TieType.FIRM_OFFICE, "1796236", "firm-1", 2000, null, 3, "", "test"))
        .tie(new Tie("t6", TieType.FIRM_OFFICE, "1850147", "firm-1", 2000, null, 4, "", "test"))
        .build();
  }

  @BeforeEach
  void bundleAndHome() {
    testHome = org.hanse.cli.TestHome.of(small(), tmp);
  }

  @AfterEach
  void restore() {
    testHome.close();
  }

  private static void assertOneLineUserError(Run r, String expected) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Path write(String name, String text) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static JsonNode hangzhou(Run analyze) throws Exception {
    assertThat(analyze.exit()).as(analyze.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(analyze.out());
    for (JsonNode cluster : root.path("clusters")) {
      if (cluster.path("id").asText().equals("yrd")) {
        for (JsonNode m : cluster.path("ties").path("perMember")) {
          if (m.path("cityId").asText().equals("1808926")) {
            return m;
          }
        }
      }
    }
    throw new AssertionError("no Hangzhou in the yrd tie profile: " + analyze.out());
  }

  @Test
  void anImportedSisterCityTieShowsUpInTheAnalysis() throws Exception {
    Path out = tmp.resolve("out");
    JsonNode before = hangzhou(run("analyze", "--format", "json", "--cluster", "yrd", "--out", out.toString()));
    assertThat(before.path("total").asInt()).isZero();
    Path ties = write("new.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,,1,,test\n");
    Run imported = run("import", ties.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("read new.ties.csv: 1 row of ties (read as UTF-8)", "tie: 1 added",
        "imported (1 records written");
    JsonNode after = hangzhou(run("analyze", "--format", "json", "--cluster", "yrd", "--out", out.toString()));
    assertThat(after.path("total").asInt()).isEqualTo(1);
    assertThat(after.path("international").toString()).contains("1");
    // As of 2010 the tie did not exist yet.
    JsonNode in2010 = hangzhou(run("analyze", "--format", "json", "--cluster", "yrd", "--as-of", "2010", "--out",
        out.toString()));
    assertThat(in2010.path("total").asInt()).isZero();
  }

  @Test
  void dryRunProblemsAndReimport() throws Exception {
    Path good = write("good.ties.csv", HEADER + "n1,air_route,1808926,1850147,,,2,,test\n");
    Run dry = run("import", "--dry-run", good.toString());
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("tie: 1 added, 0 changed, 0 unchanged", "dry run: nothing was written",
        "added tie n1");
    Path bad = write("bad.ties.csv", HEADER + "n2,air_route,1808926,9999,,,2,,test\n"
        + "n3,air_route,1808926,1850147,2999,,2,,test\n"
        + "n4,air_route,1808926,1850147,,,-1,,test\n");
    Run refused = run("import", good.toString(), bad.toString());
    assertOneLineUserError(refused, "hanse: 3 problems found (listed above); nothing was written");
    assertThat(refused.out()).contains(
        "bad.ties.csv:2: column partner_id, value '9999': unknown city: not in the knowledge base nor in this import",
        "bad.ties.csv:3: column from_year, value '2999': year in the future",
        "bad.ties.csv:4: column weight, value '-1': wrong type: must be a positive finite number");
    Run real = run("import", good.toString());
    assertThat(real.exit()).isZero();
    Run again = run("import", good.toString());
    assertThat(again.out()).contains("tie: 0 added, 0 changed, 1 unchanged",
        "nothing to change: everything is already recorded");
    assertOneLineUserError(run("import", tmp.resolve("missing.csv").toString()), "no such file");
    assertOneLineUserError(run("import", "--encoding", "klingon", good.toString()), "unknown encoding 'klingon'");
  }

  @Test
  void aLargeImportSaysWhatItIsWriting() throws Exception {
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < ImportCommand.PROGRESS_FROM; i++) {
      s.append("big-").append(i).append(",firm_office,1808926,firm-1,").append(1990 + i % 30).append(",,1,office ")
          .append(i).append(",test\n");
    }
    Run r = run("import", write("big.ties.csv", s.toString()).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("hanse: wrote " + ImportCommand.PROGRESS_FROM
        + " tie records; committing when all are written\n");
    assertThat(r.out()).contains("tie: " + ImportCommand.PROGRESS_FROM + " added");
  }

  @Test
  void gb18030IsDetectedOrNamed() throws Exception {
    Path f = tmp.resolve("gbk.cities.csv");
    String text = "id,name_en,name_zh,country,admin_region,latitude,longitude,population,population_year,"
        + "population_source\nx-wx,Wuxi,无锡,CN,江苏,31.57,120.3,,,\n";
    Files.write(f, text.getBytes(Charset.forName("GB18030")));
    Run r = run("import", "--dry-run", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("(read as GB18030)", "added city x-wx");
    Run named = run("import", "--encoding", "GBK", f.toString());
    assertThat(named.exit()).as(named.err()).isZero();
    assertThat(named.out()).contains("city: 1 added");
  }

  @Test
  void exportInEveryFormatNeutralisesFormulas() throws Exception {
    Path e = write("e.engagements.csv", "kind,city_id,partner,title,start_date,status,notes\n"
        + "visit_incoming,1796236,Mairie de Paris,Mayor's visit,2024-03-05,completed,\"=HYPERLINK(\"\"x\"\")\"\n");
    Run imported = run("import", e.toString());
    assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    Path csvDir = tmp.resolve("csv");
    Run csv = run("export", csvDir.toString(), "--format", "csv", "--kinds", "engagements,ties");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out()).contains("engagements.csv", "ties.csv");
    assertThat(Files.readString(csvDir.resolve("engagements.csv"))).contains("'=HYPERLINK(").doesNotContain(",=HY");
    Run xlsx = run("export", tmp.resolve("x").toString(), "--format", "xlsx");
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    assertThat(tmp.resolve("x").resolve("hanse.xlsx")).exists();
    Run json = run("export", tmp.resolve("all.json").toString(), "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(tmp.resolve("all.json").toFile());
    assertThat(root.path("ties")).hasSize(4);
    // Re-importing the export changes nothing.
    Run back = run("import", "--dry-run", tmp.resolve("x").resolve("hanse.xlsx").toString());
    assertThat(back.exit()).as(back.out() + back.err()).isZero();
    assertThat(back.out()).contains("(none: everything is already recorded)");
    assertOneLineUserError(run("export", tmp.toString(), "--format", "pdf"), "unknown format 'pdf'; use csv, xlsx"
        + " or json");
    assertOneLineUserError(run("export", tmp.toString(), "--kinds", "planets"), "unknown record kind 'planets'");
  }

  @Test
  void usersTokensAndTheAuditTrail() throws Exception {
    Path pw = write("pw.txt", "a very long secret\n");
    Run add = run("user", "add", "lin", "--role", "editor", "--city", "1808926", "--display-name", "Lin",
        "--password-file", pw.toString());
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("added user lin (editor of cities 1808926)\n");
    assertThat(add.out() + add.err()).doesNotContain("a very long secret");
    assertThat(run("user", "add", "wu", "--role", "coordinator", "--cluster", "yrd", "--no-password").exit()).isZero();
    assertOneLineUserError(run("user", "add", "zz", "--role", "editor", "--city", "0000",
        "--password-file", pw.toString()), "unknown city '0000'");
    assertOneLineUserError(run("user", "add", "zz", "--role", "king", "--no-password"), "unknown role 'king'");
    assertOneLineUserError(run("user", "add", "zz", "--role", "viewer"), "no console to read the password");
    assertOneLineUserError(run("user", "add", "zz", "--role", "viewer", "--password-env", "HANSE_NO_SUCH_VARIABLE"),
        "the environment variable HANSE_NO_SUCH_VARIABLE is not set");

    Run list = run("user", "list");
    assertThat(list.out()).contains("lin", "editor", "1808926", "active", "wu", "coordinator", "yrd");
    Run token = run("user", "token", "create", "wu", "--label", "nightly");
    assertThat(token.exit()).as(token.err()).isZero();
    String secret = token.out().strip();
    assertThat(secret).startsWith("hanse_");
    assertThat(token.err()).contains("shown only this once");
    String id = secret.split("_")[1];
    Run tokens = run("user", "token", "list");
    assertThat(tokens.out()).contains(id, "wu", "nightly", "valid").doesNotContain(secret);
    assertThat(run("user", "token", "revoke", id).out()).contains("revoked token " + id);
    assertThat(run("user", "token", "list", "wu").out()).contains("revoked");
    assertOneLineUserError(run("user", "token", "revoke", id), "was already revoked");
    assertThat(run("user", "disable", "lin").exit()).isZero();
    assertThat(run("user", "list").out()).contains("disabled");

    Path ties = write("t.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,,1,,test\n");
    assertThat(run("import", ties.toString()).exit()).isZero();
    Run audit = run("audit");
    assertThat(audit.exit()).as(audit.err()).isZero();
    List<String> lines = audit.out().lines().toList();
    assertThat(lines.get(0)).contains(" import ").contains("t.ties.csv");
    assertThat(audit.out()).contains("user.add", "token.create", "token.revoke", "user.disable", "baseline");
    Run byCity = run("audit", "--city", "2988507", "--details");
    assertThat(byCity.out()).contains("create  tie n1", "after:  {\"id\":\"n1\"").doesNotContain("user.add");
    String me = StoreAccess.operatorName();
    assertThat(run("audit", "--user", me, "--kind", "tie").out().lines()).hasSize(1);
    assertThat(run("audit", "--since", "2999-01-01").out()).contains("no audit entries match");
    JsonNode json = new ObjectMapper().readTree(run("audit", "--format", "json", "--limit", "2").out());
    assertThat(json.path("entries")).hasSize(2);
    assertThat(json.path("entries").get(0).path("user").asText()).isEqualTo(me);
    assertOneLineUserError(run("audit", "--since", "yesterday"), "--since 'yesterday' is neither a date");
  }

  @Test
  void aTokenInTheEnvironmentActsAsItsUser() throws Exception {
    assertThat(run("user", "add", "lin", "--role", "editor", "--city", "1808926", "--no-password").exit()).isZero();
    String token = run("user", "token", "create", "lin").out().strip();
    String revoked = run("user", "token", "create", "lin").out().strip();
    assertThat(run("user", "token", "revoke", revoked.split("_")[1]).exit()).isZero();
    try (org.hanse.store.HanseStore store = org.hanse.store.HanseStore.open(Snapshots.jdbcUrl(null))) {
      org.hanse.store.access.Principal lin = StoreAccess.who(store, token);
      assertThat(lin.username()).isEqualTo("lin");
      assertThat(lin.role()).isEqualTo(org.hanse.store.access.Role.EDITOR);
      assertThat(lin.cityIds()).containsExactly("1808926");
      assertThat(StoreAccess.who(store, null).username()).isEqualTo(StoreAccess.operatorName());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreAccess.who(store, revoked))
          .isInstanceOf(org.hanse.cli.UserError.class)
          .hasMessage("HANSE_TOKEN holds a token that is unknown, revoked or belongs to a disabled user");
      // Acting as lin, a tie of Shanghai is outside the scope: the import is refused row by row.
      Path ties = write("lin.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,,1,,test\n"
          + "n2,firm_office,1796236,firm-1,2015,,1,,test\n");
      var report = store.importPaths(lin, List.of(ties), null, false);
      assertThat(report.problems()).extracting(Object::toString).containsExactly("lin.ties.csv:3: column city_id,"
          + " value '1796236': lin (editor of city(ies) 1808926) may not change tie n2: city 1796236 is outside"
          + " their scope");
    }
  }

  @Test
  void aDryRunOnAnEmptyDatabaseWritesNothing() throws Exception {
    Path ties = write("new.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,,1,,test\n");
    Run dry = run("import", "--dry-run", ties.toString());
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("the knowledge base is empty: compared with the bundled data", "tie: 1 added",
        "dry run: nothing was written");
    Run status = run("db", "status");
    assertThat(status.out()).contains("empty: the bundled data is loaded on the first").contains("  tie: 0",
        "  engagement: 0", "  user: 0");
    assertThat(run("import", ties.toString()).exit()).isZero();
    assertThat(run("db", "status").out()).contains("  tie: 5", "  engagement: 0", "  user: 0");
  }

  @Test
  void engagementsAreOfMemberCitiesAndEmptyJsonArraysAreNothingToImport() throws Exception {
    Path paris = write("p.engagements.csv", "kind,city_id,partner,title,start_date,status\n"
        + "visit_incoming,2988507,Shanghai delegation,Shanghai in Paris,2024-03-05,completed\n"
        + "visit_incoming,1796236,Mairie de Paris,Paris in Shanghai,2024-03-32,completed\n");
    Run refused = run("import", paris.toString());
    assertOneLineUserError(refused, "hanse: 2 problems found (listed above); nothing was written");
    assertThat(refused.out()).contains("p.engagements.csv:2: column city_id, value '2988507': not a member city:"
        + " engagements are recorded for the member cities of a cluster (name a foreign city as the partner)",
        "p.engagements.csv:3: column start_date, value '2024-03-32': wrong type: must be a date written YYYY-MM-DD");
    Path empty = write("empty.json", "{\"ties\": [], \"engagements\": []}");
    Run nothing = run("import", empty.toString());
    assertThat(nothing.exit()).as(nothing.out() + nothing.err()).isZero();
    assertThat(nothing.out()).contains("empty.json#ties: 0 rows of ties").doesNotContain("missing");
    assertOneLineUserError(run("export", tmp.resolve("out.json").toString(), "--format", "csv"),
        "hanse: the target " + tmp.resolve("out.json") + " ends in .json but the format is csv: name a folder, a"
            + " file ending in .csv, or use --format json");
    assertThat(tmp.resolve("out.json")).doesNotExist();
  }

  @Test
  void theStoresRefusalsAreOneLineUserErrors() throws Exception {
    assertThat(run("user", "add", "lin", "--role", "editor", "--city", "1808926", "--no-password").exit()).isZero();
    assertThat(run("user", "add", "vi", "--role", "viewer", "--no-password").exit()).isZero();
    // An edit conflict: the user was created (by someone else, or a moment ago) and is not overwritten.
    assertOneLineUserError(run("user", "add", "lin", "--role", "viewer", "--no-password"),
        "hanse: user lin already exists");
    assertOneLineUserError(run("user", "disable", "nobody"), "hanse: unknown user nobody");
    assertOneLineUserError(run("user", "token", "revoke", "0123456789ab"), "hanse: unknown token 0123456789ab");
    String viewer = run("user", "token", "create", "vi").out().strip();
    String editor = run("user", "token", "create", "lin").out().strip();
    try {
      StoreAccess.environment = name -> StoreAccess.TOKEN_VARIABLE.equals(name) ? viewer : System.getenv(name);
      assertOneLineUserError(run("audit"), "hanse: vi is a viewer and may not read the audit trail");
      StoreAccess.environment = name -> StoreAccess.TOKEN_VARIABLE.equals(name) ? editor : System.getenv(name);
      assertOneLineUserError(run("user", "add", "x2", "--role", "viewer", "--no-password"),
          "hanse: lin (editor of city(ies) 1808926) may not add users: administrators only");
    } finally {
      StoreAccess.environment = System::getenv;
    }
    assertThat(run("user", "list").out()).doesNotContain("x2");
  }

  @Test
  void backupAndRestoreThroughTheCommandLine() throws Exception {
    Path ties = write("t.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,,1,,test\n");
    assertThat(run("import", ties.toString()).exit()).isZero();
    Path edited = write("t2.ties.csv", HEADER + "n1,sister_city,1808926,2988507,2015,2020,1,ended,test\n");
    assertThat(run("import", edited.toString()).exit()).isZero();
    Path zip = tmp.resolve("backup.zip");
    Run backup = run("db", "backup", zip.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("wrote " + zip, "tie_history: 1 row", "audit_log: 5 rows");
    String other = "jdbc:h2:file:" + tmp.resolve("other").resolve("hanse").toAbsolutePath();
    Run restore = run("db", "restore", zip.toString(), "--db", other);
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(run("db", "status", "--db", other).out()).isEqualTo(run("db", "status").out()
        .replace(tmp.resolve("home").toString(), tmp.resolve("other").toString()));
    Run history = run("audit", "--db", other, "--city", "2988507", "--details");
    assertThat(history.out()).contains("update  tie n1", "\"detail\":\"ended\"", "create  tie n1");
    assertOneLineUserError(run("db", "restore", zip.toString(), "--db", other), "the database is not empty");
    assertThat(run("db", "restore", zip.toString(), "--db", other, "--replace").exit()).isZero();
    assertOneLineUserError(run("db", "restore", tmp.resolve("nope.zip").toString()), "no such file");
  }
}
