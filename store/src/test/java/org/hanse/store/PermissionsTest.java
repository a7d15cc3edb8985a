package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.ingest.format.Problem;
import org.hanse.model.Tie;
import org.hanse.store.access.ApiToken;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.UserAccount;
import org.hanse.store.access.Users;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.Importer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Roles and scopes on both databases: every write is checked against the writer's role and city scope, passwords
 * are stored as Argon2id hashes, API tokens only as hashes and can be revoked, and sign-in is rate-limited.
 */
class PermissionsTest {
  static final Principal ADMIN = Principal.operator("root");
  @TempDir Path tmp;

  private static Users.Spec spec(String name, Role role, Set<String> cities, Set<String> clusters) {
    return new Users.Spec(name, name, role, cities, clusters, false);
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void everyWriteIsCheckedAgainstRoleAndCityScope(TestDb kind) throws Exception {
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(MutableClock.at("2026-04-01T00:00:00Z"))) {
      store.loadBaseline(TestDatasets.small());
      Principal editor = store.users().add(ADMIN, spec("ed", Role.EDITOR, Set.of("1796236"), Set.of()), null)
          .principal();
      Principal coordinator = store.users().add(ADMIN, spec("co", Role.COORDINATOR, Set.of(), Set.of("yrd")), null)
          .principal();
      Principal viewer = store.users().add(ADMIN, spec("vi", Role.VIEWER, Set.of(), Set.of()), null).principal();
      Tie t7 = store.records().tie("t7").orElseThrow().value(); // Shanghai–Hangzhou
      Tie t8 = store.records().tie("t8").orElseThrow().value(); // Hangzhou firm office
      Tie t3 = store.records().tie("t3").orElseThrow().value(); // Paris organisation seat

      store.records().saveTie(editor, weight(t7, 13), 1);
      assertThatThrownBy(() -> store.records().saveTie(editor, weight(t8, 3), 1))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("ed (editor of city(ies) 1796236) may not change tie t8: city 1808926 is outside their scope");
      store.records().saveTie(coordinator, weight(t8, 3), 1);
      assertThatThrownBy(() -> store.records().saveTie(coordinator, weight(t3, 6), 1))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("co (coordinator of cluster(s) yrd) may not change tie t3: city 2988507");
      assertThatThrownBy(() -> store.records().saveTie(viewer, weight(t7, 14), 2))
          .isInstanceOf(AccessDeniedException.class).hasMessage("vi is a viewer and may not change anything");
      assertThatThrownBy(() -> store.users().add(editor, spec("x1", Role.VIEWER, Set.of(), Set.of()), null))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> store.audit(viewer, AuditQuery.latest(5)))
          .isInstanceOf(AccessDeniedException.class);
      store.records().saveTie(ADMIN, weight(t3, 6), 1);
      assertThat(store.records().tie("t7").orElseThrow().value().weight()).isEqualTo(13.0);
      assertThat(store.records().tie("t8").orElseThrow().value().weight()).isEqualTo(3.0);
      assertThat(store.records().tie("t3").orElseThrow().value().weight()).isEqualTo(6.0);

      // Imports are checked row by row the same way, and a refused row stops the whole file.
      String csv = "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n"
          + "n1,air_route,1796236,1799962,,,4,,sc\n"
          + "n2,firm_office,2988507,firm-1,2001,,1,,sc\n";
      Map<String, Long> before = store.counts();
      ImportReport report = store.importFiles(editor, List.of(new Importer.InputFile("e.ties.csv",
          csv.getBytes(StandardCharsets.UTF_8))), new Importer.Options(null, false));
      assertThat(report.problems()).extracting(Problem::toString).containsExactly(
          "e.ties.csv:3: column city_id, value '2988507': ed (editor of city(ies) 1796236) may not change tie n2:"
              + " city 2988507 is outside their scope");
      assertThat(store.counts()).isEqualTo(before);

      // Rows with value errors are still checked for their scope and references: every problem in one run. An
      // engagement without id is refused for its city, not for the id made from its natural key.
      String engagements = "kind,city_id,partner,title,start_date,status\n"
          + "visit_incoming,1808926,Lyon,Lyon visit,2024-02-30,completed\n"
          + "visit_incoming,1808926,Lyon,Lyon visit,2024-02-03,completed\n";
      String ties = "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n"
          + "n3,firm_office,1808926,firm-1,2001,,0,,nowhere\n"
          + "n4,firm_office,7777777,firm-1,2999,,1,,sc\n";
      ImportReport refused = store.importFiles(editor, List.of(
          new Importer.InputFile("e.engagements.csv", engagements.getBytes(StandardCharsets.UTF_8)),
          new Importer.InputFile("f.ties.csv", ties.getBytes(StandardCharsets.UTF_8))),
          new Importer.Options(null, false));
      assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
          "e.engagements.csv:2: column start_date, value '2024-02-30': wrong type: must be a date written YYYY-MM-DD",
          "e.engagements.csv:2: column city_id, value '1808926': ed (editor of city(ies) 1796236) may not change"
              + " an engagement: city 1808926 is outside their scope",
          "e.engagements.csv:3: column city_id, value '1808926': ed (editor of city(ies) 1796236) may not change"
              + " engagement " + refusedEngagementId("visit_incoming", "1808926", "2024-02-03", "Lyon", "Lyon visit")
              + ": city 1808926 is outside their scope",
          "f.ties.csv:2: column weight, value '0': wrong type: must be a positive finite number",
          "f.ties.csv:2: column source_id, value 'nowhere': unknown source: not in the knowledge base nor in this"
              + " import",
          "f.ties.csv:2: column city_id, value '1808926': ed (editor of city(ies) 1796236) may not change tie n3:"
              + " city 1808926 is outside their scope",
          "f.ties.csv:3: column from_year, value '2999': year in the future (after 2026)",
          "f.ties.csv:3: column city_id, value '7777777': unknown city: not in the knowledge base nor in this import",
          "f.ties.csv:3: column city_id, value '7777777': ed (editor of city(ies) 1796236) may not change tie n4:"
              + " city 7777777 is outside their scope");
      assertThat(store.counts()).isEqualTo(before);

      // The same file without the refused row is the editor's to import (no user rows: no administrator needed).
      ImportReport own = store.importFiles(editor, List.of(new Importer.InputFile("e.ties.csv",
          "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\nn1,air_route,1796236,1799962,,,4,,sc\n"
              .getBytes(StandardCharsets.UTF_8))), new Importer.Options(null, false));
      assertThat(own.problems()).isEmpty();
      assertThat(store.records().tie("n1")).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void passwordsAreArgon2idAndSignInIsRateLimited(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-04-01T00:00:00Z");
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      store.users().add(ADMIN, spec("ann", Role.EDITOR, Set.of("1796236"), Set.of()),
          "correct horse battery".toCharArray());
      try (Connection c = DriverManager.getConnection(db.url());
          PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = 'ann'");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("$argon2id$v=19$m=").doesNotContain("correct horse");
      }
      assertThat(store.authenticator().login("ann", "correct horse battery".toCharArray(), "10.0.0.1").cityIds())
          .containsExactly("1796236");
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> store.authenticator().login("ann", "wrong password!".toCharArray(), "10.0.0.1"))
            .isInstanceOf(LoginRefusedException.class).hasMessage("wrong user name or password");
      }
      // Now even the right password is refused until the window has passed.
      assertThatThrownBy(() -> store.authenticator().login("ann", "correct horse battery".toCharArray(), "10.0.0.2"))
          .isInstanceOf(LoginRefusedException.class)
          .hasMessage("too many failed sign-ins for this user name; try again after 2026-04-01T00:15:00Z");
      clock.advance(Duration.ofMinutes(16));
      assertThat(store.authenticator().login("ann", "correct horse battery".toCharArray(), "10.0.0.1").username())
          .isEqualTo("ann");
      store.users().setDisabled(ADMIN, "ann", true);
      assertThatThrownBy(() -> store.authenticator().login("ann", "correct horse battery".toCharArray(), "10.0.0.1"))
          .isInstanceOf(LoginRefusedException.class).hasMessage("the account ann is disabled");
      assertThatThrownBy(() -> store.users().add(ADMIN, spec("bo", Role.VIEWER, Set.of(), Set.of()),
          "short".toCharArray())).isInstanceOf(StoreUserException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void tokensAreStoredHashedAndCanBeRevoked(TestDb kind) throws Exception {
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(MutableClock.at("2026-04-01T00:00:00Z"))) {
      store.loadBaseline(TestDatasets.small());
      store.users().add(ADMIN, spec("bot", Role.COORDINATOR, Set.of(), Set.of("yrd")), null);
      ApiToken.Issued issued = store.users().createToken(ADMIN, "bot", "nightly import");
      String secret = issued.token().substring(issued.token().lastIndexOf('_') + 1);
      try (Connection c = DriverManager.getConnection(db.url());
          PreparedStatement ps = c.prepareStatement("SELECT secret_hash FROM api_token");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNotEqualTo(secret).doesNotContain(issued.token());
      }
      Principal p = store.authenticator().principalForToken(issued.token()).orElseThrow();
      assertThat(p.username()).isEqualTo("bot");
      assertThat(p.clusterIds()).containsExactly("yrd");
      assertThat(store.authenticator().principalForToken(issued.token() + "x")).isEmpty();
      assertThat(store.users().tokens("bot")).singleElement().satisfies(t -> {
        assertThat(t.label()).isEqualTo("nightly import");
        assertThat(t.lastUsedAt()).isNotNull();
      });
      store.users().revokeToken(ADMIN, issued.info().id());
      assertThat(store.authenticator().principalForToken(issued.token())).isEmpty();
      assertThatThrownBy(() -> store.users().revokeToken(ADMIN, issued.info().id()))
          .isInstanceOf(StoreUserException.class).hasMessageContaining("was already revoked");
      ApiToken.Issued second = store.users().createToken(ADMIN, "bot", "");
      store.users().setDisabled(ADMIN, "bot", true);
      assertThat(store.authenticator().principalForToken(second.token())).isEmpty();
      List<UserAccount> users = store.users().list();
      assertThat(users).extracting(UserAccount::username).containsExactly("bot");
      assertThat(store.audit(ADMIN, AuditQuery.latest(10))).extracting(AuditRecord::action)
          .containsExactly("user.disable", "token.create", "token.revoke", "token.create", "user.add", "baseline");
    }
  }

  private static String refusedEngagementId(String kind, String city, String start, String partner, String title) {
    return org.hanse.store.engagement.Engagement.idFor(org.hanse.store.engagement.Engagement.naturalKey(
        org.hanse.store.engagement.EngagementKind.fromKey(kind), city, java.time.LocalDate.parse(start), partner,
        title));
  }

  private static Tie weight(Tie t, double w) {
    return new Tie(t.id(), t.type(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(), w, t.detail(), t.sourceId());
  }
}
