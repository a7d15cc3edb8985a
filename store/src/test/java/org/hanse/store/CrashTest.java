package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanse.store.DatasetAssert.assertSameContent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hanse.model.Dataset;
import org.hanse.store.access.Principal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A crash in the middle of an import: a child JVM imports 100 000 ties into the H2 file database or PostgreSQL and
 * is killed with SIGKILL after writing them, before its transaction commits. The database must then be exactly as
 * it was before: same records, same history, same audit trail; and the same import, run again to its end, works.
 */
class CrashTest {
  private static final int ROWS = 100_000;
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void killedImportLeavesTheDatabaseAsItWas(TestDb kind) throws Exception {
    Path file = tmp.resolve("crash.ties.csv");
    StringBuilder s = new StringBuilder("id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n");
    for (int i = 1; i <= ROWS; i++) {
      s.append("c-").append(i).append(",firm_office,").append(i % 2 == 0 ? "1796236" : "1808926")
          .append(",firm-1,").append(1950 + i % 70).append(",,").append(1 + i % 5).append(",office ").append(i)
          .append(",sc\n");
    }
    Files.writeString(file, s);
    try (TestDb.Fresh db = kind.fresh(tmp)) {
      Dataset before;
      Map<String, Long> counts;
      int auditBefore;
      try (HanseStore store = db.open()) {
        store.loadBaseline(TestDatasets.small());
        org.hanse.model.Tie t7 = store.records().tie("t7").orElseThrow().value();
        store.records().saveTie(Principal.operator("x"), new org.hanse.model.Tie(t7.id(), t7.type(), t7.cityId(),
            t7.partnerId(), t7.fromYear(), t7.toYear(), 13, t7.detail(), t7.sourceId()), 1);
        before = store.snapshot();
        counts = store.counts();
        auditBefore = store.audit(Principal.operator("x"), AuditQuery.latest(1000)).size();
      }
      // H2 allows one process at a time on a file database: the store above is closed before the child starts.
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), CrashImportChild.class.getName(), db.url(), file.toString());
      pb.redirectErrorStream(true);
      Process child = pb.start();
      List<String> said = new ArrayList<>();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          said.add(line);
          if (line.startsWith(CrashImportChild.WRITTEN)) {
            break;
          }
        }
        assertThat(said).as("the child's output").contains(CrashImportChild.WRITTEN + " " + ROWS + " tie");
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      try (HanseStore store = db.open()) {
        assertThat(store.counts()).isEqualTo(counts);
        assertSameContent(store.snapshot(), before);
        assertThat(store.records().tieHistory("t7")).hasSize(2);
        assertThat(store.records().tie("c-1")).isEmpty();
        assertThat(store.audit(Principal.operator("x"), AuditQuery.latest(1000))).hasSize(auditBefore);
        // The same import, now left to finish, writes every row.
        var report = store.importPaths(Principal.operator("x"), List.of(file), null, false);
        assertThat(report.applied()).as(report.render(5)).isTrue();
        assertThat(store.counts().get("tie")).isEqualTo(counts.get("tie") + ROWS);
      }
    }
  }
}
