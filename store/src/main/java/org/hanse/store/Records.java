package org.hanse.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hanse.model.Actor;
import org.hanse.model.City;
import org.hanse.model.Indicator;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.internal.Db;
import org.hanse.store.internal.RecordTable;
import org.hanse.store.internal.Stamp;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;
import org.hanse.store.write.Applier;
import org.hanse.store.write.Incoming;
import org.hanse.store.write.KbState;
import org.hanse.store.write.Plan;
import org.hanse.store.write.Planner;

/**
 * Single-record reads and edits with optimistic locking, for the server and scripts. Every edit names the version
 * it is based on ({@code 0} to create); it is checked against the writer's role and city scope and the same rules as
 * an import, written with its history and audited, or refused with a {@link StoreUserException} subclass:
 * {@link AccessDeniedException}, {@link NotFoundException}, {@link EditConflictException} or
 * {@link InvalidRecordException}.
 */
public final class Records {
  private static final String EDIT = "(edit)";
  private final Db db;
  private final Clock clock;

  Records(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<Versioned<City>> city(String id) {
    return get(Tables.CITY, id);
  }

  public Optional<Versioned<Tie>> tie(String id) {
    return get(Tables.TIE, id);
  }

  public Optional<Versioned<Engagement>> engagement(String id) {
    return get(Tables.ENGAGEMENT, id);
  }

  public Optional<Versioned<Actor>> actor(String id) {
    return get(Tables.ACTOR, id);
  }

  public Optional<Versioned<Source>> source(String id) {
    return get(Tables.SOURCE, id);
  }

  /** Every engagement, in the order they were first recorded. */
  public List<Engagement> engagements() {
    return db.read(c -> {
      List<Engagement> out = new ArrayList<>();
      for (VersionedRecords.Current cur : VersionedRecords.readAll(c, Tables.ENGAGEMENT)) {
        out.add(Tables.ENGAGEMENT.fromValues(cur.values()));
      }
      return out;
    });
  }

  /** Creates ({@code expectedVersion} 0) or changes a city. */
  public Versioned<City> saveCity(Principal who, City city, int expectedVersion) {
    return save(who, Tables.CITY, city, expectedVersion);
  }

  /** Creates or changes a tie; a city-to-city tie is stored with its ends in canonical order. */
  public Versioned<Tie> saveTie(Principal who, Tie tie, int expectedVersion) {
    Tie t = tie;
    if (t.type().isCityToCity() && t.cityId().compareTo(t.partnerId()) > 0) {
      t = new Tie(t.id(), t.type(), t.partnerId(), t.cityId(), t.fromYear(), t.toYear(), t.weight(), t.detail(),
          t.sourceId());
    }
    return save(who, Tables.TIE, t, expectedVersion);
  }

  public void deleteTie(Principal who, String id, int expectedVersion) {
    delete(who, Tables.TIE, id, expectedVersion);
  }

  public Versioned<Engagement> saveEngagement(Principal who, Engagement e, int expectedVersion) {
    return save(who, Tables.ENGAGEMENT, e, expectedVersion);
  }

  public void deleteEngagement(Principal who, String id, int expectedVersion) {
    delete(who, Tables.ENGAGEMENT, id, expectedVersion);
  }

  public Versioned<Indicator> saveIndicator(Principal who, Indicator i, int expectedVersion) {
    return save(who, Tables.INDICATOR, i, expectedVersion);
  }

  public Versioned<Actor> saveActor(Principal who, Actor a, int expectedVersion) {
    return save(who, Tables.ACTOR, a, expectedVersion);
  }

  public Versioned<Source> saveSource(Principal who, Source s, int expectedVersion) {
    return save(who, Tables.SOURCE, s, expectedVersion);
  }

  public List<RecordVersion<Tie>> tieHistory(String id) {
    return history(Tables.TIE, id);
  }

  public List<RecordVersion<City>> cityHistory(String id) {
    return history(Tables.CITY, id);
  }

  public List<RecordVersion<Engagement>> engagementHistory(String id) {
    return history(Tables.ENGAGEMENT, id);
  }

  private <T> Optional<Versioned<T>> get(RecordTable<T> t, String id) {
    return db.read(c -> VersionedRecords.find(c, t, new Object[] {id})
        .map(cur -> new Versioned<>(t.fromValues(cur.values()), cur.version(), cur.recordedAt(), cur.recordedBy())));
  }

  private <T> List<RecordVersion<T>> history(RecordTable<T> t, String id) {
    return db.read(c -> {
      List<RecordVersion<T>> out = new ArrayList<>();
      for (VersionedRecords.Version v : VersionedRecords.versions(c, t, new Object[] {id})) {
        out.add(new RecordVersion<>(t.fromValues(v.values()), v.version(), v.recordedFrom(), v.recordedTo(),
            v.recordedBy(), v.endedBy(), v.deleted()));
      }
      return out;
    });
  }

  private <T> Versioned<T> save(Principal who, RecordTable<T> t, T record, int expectedVersion) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version must be 0 (create) or the version read");
    }
    checkDates(record);
    Incoming<T> in = new Incoming<>(t, record, EDIT, 0, expectedVersion, false, false);
    Stamp stamp = new Stamp(clock.instant(), who.username());
    return db.inTransaction(c -> {
      write(c, who, in, stamp);
      VersionedRecords.Current cur = VersionedRecords.find(c, t, t.values(record)).orElseThrow();
      return new Versioned<>(t.fromValues(cur.values()), cur.version(), cur.recordedAt(), cur.recordedBy());
    });
  }

  /** The date rules imports apply row by row (see RecordRows), for records that come without a file. */
  private void checkDates(Object record) {
    java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    List<org.hanse.ingest.format.Problem> problems = new ArrayList<>();
    java.util.function.BiConsumer<String, Integer> year = (column, y) -> {
      if (y != null && y > today.getYear()) {
        problems.add(new org.hanse.ingest.format.Problem(EDIT, 0, column, y.toString(),
            "year in the future (after " + today.getYear() + ")"));
      } else if (y != null && y < org.hanse.model.Dataset.FIRST_YEAR) {
        problems.add(new org.hanse.ingest.format.Problem(EDIT, 0, column, y.toString(),
            "year before " + org.hanse.model.Dataset.FIRST_YEAR + " (a typing error?)"));
      }
    };
    if (record instanceof Tie t) {
      year.accept("from_year", t.fromYear());
      year.accept("to_year", t.toYear());
    } else if (record instanceof City c && c.population() != null) {
      year.accept("population_year", c.population().year());
    } else if (record instanceof Indicator i) {
      year.accept("year", i.year());
    } else if (record instanceof Engagement e && e.startDate().isAfter(today) && !e.status().mayLieAhead()) {
      problems.add(new org.hanse.ingest.format.Problem(EDIT, 0, "start_date", e.startDate().toString(),
          "date in the future (after " + today + ") for an engagement with status " + e.status().key()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
  }

  private <T> void delete(Principal who, RecordTable<T> t, String id, int expectedVersion) {
    Stamp stamp = new Stamp(clock.instant(), who.username());
    db.inTransaction(c -> {
      VersionedRecords.Current cur = VersionedRecords.find(c, t, new Object[] {id})
          .orElseThrow(() -> new NotFoundException("unknown " + t.kind() + " " + id));
      write(c, who, new Incoming<>(t, t.fromValues(cur.values()), EDIT, 0, expectedVersion, true, false), stamp);
      return null;
    });
  }

  private static void write(Connection c, Principal who, Incoming<?> in, Stamp stamp) throws SQLException {
    Plan plan = Planner.plan(new KbState(c), who, List.of(in), List.of());
    if (!plan.valid()) {
      Plan.Issue first = plan.issues().get(0);
      String message = first.problem().rule();
      throw switch (first.category()) {
        case DENIED -> new AccessDeniedException(message);
        case NOT_FOUND -> new NotFoundException(message);
        case CONFLICT -> new EditConflictException(message);
        case INVALID -> new InvalidRecordException(plan.problems());
      };
    }
    Applier.apply(c, plan, stamp, UUID.randomUUID().toString());
  }
}
