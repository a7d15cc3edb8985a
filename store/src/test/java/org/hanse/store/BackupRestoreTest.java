package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanse.store.DatasetAssert.assertSameContent;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hanse.model.Tie;
import org.hanse.store.access.ApiToken;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.UserAccount;
import org.hanse.store.access.Users;
import org.hanse.store.backup.Backup;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backup and restore round-trip everything: current records, their whole history, engagements, users with their
 * password hashes, API tokens and the audit trail; between databases of the same kind and across H2 and
 * PostgreSQL.
 */
class BackupRestoreTest {
  static final Principal ADMIN = Principal.operator("root");
  @TempDir Path tmp;

  static Stream<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (TestDb from : TestDb.values()) {
      for (TestDb to : TestDb.values()) {
        out.add(Arguments.of(from, to));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("pairs")
  void everythingComesBackIncludingHistoryUsersTokensAndAudit(TestDb from, TestDb to) throws Exception {
    MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
    Path file = tmp.resolve("hanse-backup.zip");
    String token;
    List<AuditRecord> audit;
    List<RecordVersion<Tie>> history;
    List<UserAccount> users;
    List<ApiToken> tokens;
    org.hanse.model.Dataset snapshot;
    org.hanse.model.Dataset recordedEarlier;
    List<Engagement> engagements;
    java.time.Instant early;
    try (TestDb.Fresh src = from.fresh(tmp); HanseStore store = src.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      early = clock.instant();
      clock.advance(Duration.ofDays(2));
      Tie t1 = store.records().tie("t1").orElseThrow().value();
      store.records().saveTie(ADMIN, new Tie("t1", t1.type(), t1.cityId(), t1.partnerId(), 1997, 2020, 4, "renewed",
          "sc"), 1);
      store.records().deleteTie(ADMIN, "t6", 1);
      store.records().saveEngagement(ADMIN, new Engagement("e1", EngagementKind.VISIT_INCOMING, "1796236",
          "Mairie de Paris", "2988507", "FR", "Paris mayor visits 上海", "culture", VisitLevel.LEADER,
          LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 3), EngagementStatus.COMPLETED, 12, "doc 1", "note"), 0);
      store.users().add(ADMIN, new Users.Spec("ed", "Ed", Role.EDITOR, Set.of("1796236"), Set.of(), false),
          "a long password".toCharArray());
      token = store.users().createToken(ADMIN, "ed", "script").token();
      clock.advance(Duration.ofHours(1));
      Backup.Summary written = store.backup(file);
      assertThat(written.total()).isPositive();
      audit = store.audit(ADMIN, AuditQuery.latest(1000));
      history = store.records().tieHistory("t1");
      users = store.users().list();
      tokens = store.users().tokens(null);
      snapshot = store.snapshot();
      recordedEarlier = store.snapshotRecordedAt(early);
      engagements = store.records().engagements();
      assertThat(store.records().tieHistory("t6")).hasSize(1);
    }
    try (TestDb.Fresh dst = to.fresh(tmp); HanseStore restored = dst.open(clock)) {
      clock.advance(Duration.ofHours(1));
      Backup.Summary got = restored.restore(file, false, "root");
      assertThat(got.rows()).containsEntry("tie_history", 2L).containsEntry("api_token", 1L);
      assertSameContent(restored.snapshot(), snapshot);
      assertSameContent(restored.snapshotRecordedAt(early), recordedEarlier);
      assertThat(restored.snapshot().ties()).extracting(Tie::id).doesNotContain("t6");
      assertThat(restored.records().tieHistory("t1")).isEqualTo(history);
      assertThat(restored.records().tieHistory("t6")).singleElement().satisfies(v -> assertThat(v.deleted()).isTrue());
      assertThat(restored.records().engagements()).isEqualTo(engagements);
      assertThat(restored.users().list()).isEqualTo(users);
      assertThat(restored.users().tokens(null)).isEqualTo(tokens);
      List<AuditRecord> after = restored.audit(ADMIN, AuditQuery.latest(1000));
      assertThat(after.get(0).action()).isEqualTo("restore");
      assertThat(after.subList(1, after.size())).isEqualTo(audit);
      // Password hashes and token hashes came along: the user signs in and the token works.
      assertThat(restored.authenticator().login("ed", "a long password".toCharArray(), "test").username())
          .isEqualTo("ed");
      assertThat(restored.authenticator().principalForToken(token)).isPresent();
      // A restore never mixes two knowledge bases.
      assertThatThrownBy(() -> restored.restore(file, false, "root")).isInstanceOf(StoreUserException.class);
      restored.restore(file, true, "root");
      assertSameContent(restored.snapshot(), snapshot);
    }
  }
}
