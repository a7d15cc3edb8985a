package org.hanse.store.internal;

import static org.hanse.store.internal.Column.date;
import static org.hanse.store.internal.Column.integer;
import static org.hanse.store.internal.Column.optionalBigint;
import static org.hanse.store.internal.Column.optionalDate;
import static org.hanse.store.internal.Column.optionalInteger;
import static org.hanse.store.internal.Column.optionalText;
import static org.hanse.store.internal.Column.real;
import static org.hanse.store.internal.Column.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;

/** The record tables of the knowledge base, in the order they must be written (referenced before referencing). */
public final class Tables {
  private Tables() {}

  public static final RecordTable<Source> SOURCE =
      new RecordTable<>(
          "source", "source", 1,
          text("id"), text("title"), text("licence"), text("vintage"), text("attribution"), text("url")) {
        @Override
        public Object[] values(Source s) {
          return new Object[] {s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url()};
        }

        @Override
        public Source fromValues(Object[] v) {
          return new Source(s(v[0]), s(v[1]), s(v[2]), s(v[3]), s(v[4]), s(v[5]));
        }
      };

  public static final RecordTable<City> CITY =
      new RecordTable<>(
          "city", "city", 1,
          text("id"), text("name_en"), text("name_zh"), text("country"), text("admin_region"), real("latitude"),
          real("longitude"), optionalBigint("population"), optionalInteger("population_year"),
          optionalText("population_source")) {
        @Override
        public Object[] values(City c) {
          Population p = c.population();
          return new Object[] {
            c.id(), c.nameEn(), c.nameZh(), c.country(), c.adminRegion(), c.latitude(), c.longitude(),
            p == null ? null : p.value(), p == null ? null : p.year(), p == null ? null : p.sourceId()
          };
        }

        @Override
        public City fromValues(Object[] v) {
          Population p = v[7] == null ? null : new Population((Long) v[7], (Integer) v[8], s(v[9]));
          return new City(s(v[0]), s(v[1]), s(v[2]), s(v[3]), s(v[4]), (Double) v[5], (Double) v[6], p);
        }
      };

  public static final RecordTable<Cluster> CLUSTER =
      new RecordTable<>(
          "cluster", "city_cluster", 1,
          text("id"), text("name_en"), text("name_zh"), text("member_ids"), text("central_ids"), text("definition"),
          text("definition_url")) {
        @Override
        public Object[] values(Cluster c) {
          return new Object[] {
            c.id(), c.nameEn(), c.nameZh(), joinIds(c.memberIds()), joinIds(c.centralIds()), c.definition(),
            c.definitionUrl()
          };
        }

        @Override
        public Cluster fromValues(Object[] v) {
          return new Cluster(s(v[0]), s(v[1]), s(v[2]), splitIds(s(v[3])), splitIds(s(v[4])), s(v[5]), s(v[6]));
        }
      };

  public static final RecordTable<Actor> ACTOR =
      new RecordTable<>(
          "actor", "actor", 1,
          text("id"), text("kind"), text("name_en"), text("name_zh"), text("country"), text("sector"),
          text("source_id")) {
        @Override
        public Object[] values(Actor a) {
          return new Object[] {a.id(), a.kind().key(), a.nameEn(), a.nameZh(), a.country(), a.sector(), a.sourceId()};
        }

        @Override
        public Actor fromValues(Object[] v) {
          return new Actor(s(v[0]), ActorKind.fromKey(s(v[1])), s(v[2]), s(v[3]), s(v[4]), s(v[5]), s(v[6]));
        }
      };

  public static final RecordTable<Tie> TIE =
      new RecordTable<>(
          "tie", "tie", 1,
          text("id"), text("tie_type"), text("city_id"), text("partner_id"), optionalInteger("from_year"),
          optionalInteger("to_year"), real("weight"), text("detail"), text("source_id"), text("natural_key")) {
        @Override
        public Object[] values(Tie t) {
          return new Object[] {
            t.id(), t.type().key(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(), t.weight(), t.detail(),
            t.sourceId(), t.naturalKey()
          };
        }

        @Override
        public Tie fromValues(Object[] v) {
          return new Tie(
              s(v[0]), TieType.fromKey(s(v[1])), s(v[2]), s(v[3]), (Integer) v[4], (Integer) v[5], (Double) v[6],
              s(v[7]), s(v[8]));
        }
      };

  public static final RecordTable<IndicatorDefinition> INDICATOR_DEFINITION =
      new RecordTable<>(
          "indicator definition", "indicator_definition", 1,
          text("code"), text("scope"), text("name_en"), text("name_zh"), text("unit"), text("source_id")) {
        @Override
        public Object[] values(IndicatorDefinition d) {
          return new Object[] {d.code(), d.scope().name().toLowerCase(java.util.Locale.ROOT), d.nameEn(), d.nameZh(),
            d.unit(), d.sourceId()};
        }

        @Override
        public IndicatorDefinition fromValues(Object[] v) {
          return new IndicatorDefinition(
              s(v[0]), IndicatorScope.valueOf(s(v[1]).toUpperCase(java.util.Locale.ROOT)), s(v[2]), s(v[3]), s(v[4]),
              s(v[5]));
        }
      };

  public static final RecordTable<Indicator> INDICATOR =
      new RecordTable<>(
          "indicator", "indicator", 3,
          text("subject_id"), text("code"), integer("obs_year"), real("obs_value"), text("unit"), text("source_id")) {
        @Override
        public Object[] values(Indicator i) {
          return new Object[] {i.subjectId(), i.code(), i.year(), i.value(), i.unit(), i.sourceId()};
        }

        @Override
        public Indicator fromValues(Object[] v) {
          return new Indicator(s(v[0]), s(v[1]), (Integer) v[2], (Double) v[3], s(v[4]), s(v[5]));
        }
      };

  public static final RecordTable<Engagement> ENGAGEMENT =
      new RecordTable<>(
          "engagement", "engagement", 1,
          text("id"), text("kind"), text("city_id"), text("partner"), text("partner_id"), text("partner_country"),
          text("title"), text("topic"), text("visit_level"), date("start_date"), optionalDate("end_date"),
          text("status"), optionalInteger("participants"), text("source_document"), text("notes"),
          text("natural_key")) {
        @Override
        public Object[] values(Engagement e) {
          return new Object[] {
            e.id(), e.kind().key(), e.cityId(), e.partner(), e.partnerId(), e.partnerCountry(), e.title(), e.topic(),
            e.level() == null ? "" : e.level().key(), e.startDate(), e.endDate(), e.status().key(), e.participants(),
            e.sourceDocument(), e.notes(), e.naturalKey()
          };
        }

        @Override
        public Engagement fromValues(Object[] v) {
          String level = s(v[8]);
          return new Engagement(
              s(v[0]), EngagementKind.fromKey(s(v[1])), s(v[2]), s(v[3]), s(v[4]), s(v[5]), s(v[6]), s(v[7]),
              level.isEmpty() ? null : VisitLevel.fromKey(level), (LocalDate) v[9], (LocalDate) v[10],
              EngagementStatus.fromKey(s(v[11])), (Integer) v[12], s(v[13]), s(v[14]));
        }
      };

  /** The knowledge-base tables in write order: a record only references records of earlier tables. */
  public static final List<RecordTable<?>> KNOWLEDGE_BASE =
      List.of(SOURCE, CITY, CLUSTER, ACTOR, INDICATOR_DEFINITION, INDICATOR, TIE);

  /** Every versioned table, in write order. */
  public static final List<RecordTable<?>> ALL =
      List.of(SOURCE, CITY, CLUSTER, ACTOR, INDICATOR_DEFINITION, INDICATOR, TIE, ENGAGEMENT);

  private static String s(Object o) {
    return (String) o;
  }

  /** Cluster members are stored comma-separated; city ids never contain commas (checked on write). */
  static String joinIds(List<String> ids) {
    for (String id : ids) {
      if (id.contains(",")) {
        throw new IllegalArgumentException("city id '" + id + "' contains a comma");
      }
    }
    return String.join(",", ids);
  }

  static List<String> splitIds(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
