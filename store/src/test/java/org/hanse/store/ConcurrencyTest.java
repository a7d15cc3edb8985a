package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.store.access.Principal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent writers of the same record, on both databases: all read the same version and write at once; exactly
 * one wins, every other gets an {@link EditConflictException} with a clear message, and no update is lost (the
 * stored value is the winner's, the history holds exactly one new version per round).
 */
class ConcurrencyTest {
  private static final int WRITERS = 6;
  private static final int ROUNDS = 5;
  @TempDir Path tmp;

  /** What one writer got. */
  private record Outcome(double weight, Versioned<Tie> saved, EditConflictException conflict) {}

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void exactlyOneOfConcurrentEditorsOfOneRecordWins(TestDb kind) throws Exception {
    Random r = new Random(2026);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      store.loadBaseline(TestDatasets.small());
      for (int round = 1; round <= ROUNDS; round++) {
        Versioned<Tie> read = store.records().tie("t7").orElseThrow();
        assertThat(read.version()).isEqualTo(round);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          double weight = 100 * round + w + r.nextInt(1000) / 1000.0;
          Principal who = Principal.operator("writer-" + w);
          futures.add(pool.submit(() -> {
            Tie t = read.value();
            Tie mine = new Tie(t.id(), t.type(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(), weight,
                t.detail(), t.sourceId());
            start.await(30, TimeUnit.SECONDS);
            try {
              return new Outcome(weight, store.records().saveTie(who, mine, read.version()), null);
            } catch (EditConflictException e) {
              return new Outcome(weight, null, e);
            }
          }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
          outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        List<Outcome> winners = outcomes.stream().filter(o -> o.saved() != null).toList();
        assertThat(winners).as("round %d", round).hasSize(1);
        Outcome winner = winners.get(0);
        assertThat(winner.saved().version()).isEqualTo(round + 1);
        int now = round;
        for (Outcome o : outcomes) {
          if (o != winner) {
            assertThat(o.conflict().getMessage()).as("round %d", now).satisfiesAnyOf(
                m -> assertThat(m).startsWith("tie t7 was changed by writer-").endsWith("(now version " + (now + 1)
                    + ", you edited version " + now + "); nothing was written, read it again and reapply your"
                    + " change"),
                m -> assertThat(m).isEqualTo("another user changed the same records at the same time; nothing was"
                    + " written, please try again"));
          }
        }
        Tie stored = store.records().tie("t7").orElseThrow().value();
        assertThat(stored.weight()).isEqualTo(winner.weight());
        assertThat(store.records().tieHistory("t7")).hasSize(round + 1);
      }
      assertThat(store.audit(Principal.operator("t"), AuditQuery.latest(100)).stream()
          .filter(a -> a.entityId().equals("t7")).count()).isEqualTo(ROUNDS);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void exactlyOneOfConcurrentCreatorsOfOneKeyWins(TestDb kind) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      store.loadBaseline(TestDatasets.small());
      CyclicBarrier start = new CyclicBarrier(WRITERS);
      List<Future<Object>> futures = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int weight = w + 1;
        Principal who = Principal.operator("creator-" + w);
        futures.add(pool.submit(() -> {
          Tie t = new Tie("new-route", TieType.AIR_ROUTE, "1799962", "1808926", null, null, weight, "", "sc");
          start.await(30, TimeUnit.SECONDS);
          try {
            return store.records().saveTie(who, t, 0);
          } catch (EditConflictException e) {
            return e;
          }
        }));
      }
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get(120, TimeUnit.SECONDS));
      }
      List<Object> won = results.stream().filter(o -> o instanceof Versioned<?>).toList();
      assertThat(won).hasSize(1);
      assertThat(results.stream().filter(o -> o instanceof EditConflictException)).hasSize(WRITERS - 1);
      @SuppressWarnings("unchecked")
      Versioned<Tie> winner = (Versioned<Tie>) won.get(0);
      assertThat(store.records().tie("new-route").orElseThrow().value().weight()).isEqualTo(winner.value().weight());
      assertThat(store.records().tieHistory("new-route")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
