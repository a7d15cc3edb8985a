-- The knowledge base: sources, cities, clusters, actors, ties, indicator definitions and observations.
--
-- Written in the SQL that H2 and PostgreSQL both accept, so one set of migrations serves both.
--
-- Every record kind has two tables:
--   <kind>          the current version of each record, with its version number (for optimistic locking) and
--                   when and by whom it was recorded;
--   <kind>_history  every earlier version, never rewritten: when a record is changed or deleted, its current
--                   version moves here with the interval [recorded_from, recorded_to) in which it was current, who
--                   recorded it, who ended it and whether it ended by deletion.
-- "The knowledge base as it was recorded at time T" is the current versions recorded at or before T plus the
-- earlier versions whose interval contains T. A bulk load writes only current versions.
-- ord keeps the order in which records were first added, so a snapshot lists them as they were loaded.

CREATE TABLE kb_meta (
  meta_key   VARCHAR PRIMARY KEY,
  meta_value VARCHAR NOT NULL
);

CREATE TABLE source (
  id          VARCHAR PRIMARY KEY,
  title       VARCHAR NOT NULL,
  licence     VARCHAR NOT NULL,
  vintage     VARCHAR NOT NULL,
  attribution VARCHAR NOT NULL,
  url         VARCHAR NOT NULL,
  ord         BIGINT NOT NULL,
  version     INTEGER NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR NOT NULL
);

CREATE TABLE source_history (
  id            VARCHAR NOT NULL,
  title         VARCHAR NOT NULL,
  licence       VARCHAR NOT NULL,
  vintage       VARCHAR NOT NULL,
  attribution   VARCHAR NOT NULL,
  url           VARCHAR NOT NULL,
  ord           BIGINT NOT NULL,
  version       INTEGER NOT NULL,
  recorded_from TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR NOT NULL,
  ended_by      VARCHAR NOT NULL,
  deleted       BOOLEAN NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE city (
  id                VARCHAR PRIMARY KEY,
  name_en           VARCHAR NOT NULL,
  name_zh           VARCHAR NOT NULL,
  country           VARCHAR NOT NULL,
  admin_region      VARCHAR NOT NULL,
  latitude          DOUBLE PRECISION NOT NULL,
  longitude         DOUBLE PRECISION NOT NULL,
  population        BIGINT,
  population_year   INTEGER,
  population_source VARCHAR REFERENCES source (id),
  ord               BIGINT NOT NULL,
  version           INTEGER NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by       VARCHAR NOT NULL
);

CREATE TABLE city_history (
  id                VARCHAR NOT NULL,
  name_en           VARCHAR NOT NULL,
  name_zh           VARCHAR NOT NULL,
  country           VARCHAR NOT NULL,
  admin_region      VARCHAR NOT NULL,
  latitude          DOUBLE PRECISION NOT NULL,
  longitude         DOUBLE PRECISION NOT NULL,
  population        BIGINT,
  population_year   INTEGER,
  population_source VARCHAR,
  ord               BIGINT NOT NULL,
  version           INTEGER NOT NULL,
  recorded_from     TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by       VARCHAR NOT NULL,
  ended_by          VARCHAR NOT NULL,
  deleted           BOOLEAN NOT NULL,
  PRIMARY KEY (id, version)
);

-- Members and central cities are kept in the order of the defining document, as comma-separated city ids: a
-- cluster is versioned as one record, and its members are checked against the cities when it is written.
CREATE TABLE city_cluster (
  id             VARCHAR PRIMARY KEY,
  name_en        VARCHAR NOT NULL,
  name_zh        VARCHAR NOT NULL,
  member_ids     VARCHAR NOT NULL,
  central_ids    VARCHAR NOT NULL,
  definition     VARCHAR NOT NULL,
  definition_url VARCHAR NOT NULL,
  ord            BIGINT NOT NULL,
  version        INTEGER NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by    VARCHAR NOT NULL
);

CREATE TABLE city_cluster_history (
  id             VARCHAR NOT NULL,
  name_en        VARCHAR NOT NULL,
  name_zh        VARCHAR NOT NULL,
  member_ids     VARCHAR NOT NULL,
  central_ids    VARCHAR NOT NULL,
  definition     VARCHAR NOT NULL,
  definition_url VARCHAR NOT NULL,
  ord            BIGINT NOT NULL,
  version        INTEGER NOT NULL,
  recorded_from  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by    VARCHAR NOT NULL,
  ended_by       VARCHAR NOT NULL,
  deleted        BOOLEAN NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE actor (
  id          VARCHAR PRIMARY KEY,
  kind        VARCHAR NOT NULL,
  name_en     VARCHAR NOT NULL,
  name_zh     VARCHAR NOT NULL,
  country     VARCHAR NOT NULL,
  sector      VARCHAR NOT NULL,
  source_id   VARCHAR NOT NULL REFERENCES source (id),
  ord         BIGINT NOT NULL,
  version     INTEGER NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR NOT NULL
);

CREATE TABLE actor_history (
  id            VARCHAR NOT NULL,
  kind          VARCHAR NOT NULL,
  name_en       VARCHAR NOT NULL,
  name_zh       VARCHAR NOT NULL,
  country       VARCHAR NOT NULL,
  sector        VARCHAR NOT NULL,
  source_id     VARCHAR NOT NULL,
  ord           BIGINT NOT NULL,
  version       INTEGER NOT NULL,
  recorded_from TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR NOT NULL,
  ended_by      VARCHAR NOT NULL,
  deleted       BOOLEAN NOT NULL,
  PRIMARY KEY (id, version)
);

-- natural_key (type|city|partner|detail|start year) is derived from the other columns; its uniqueness says that
-- one fact is recorded once. The two big tables (tie, indicator) carry no foreign key to source or
-- indicator_definition: each such key costs an index that makes the bulk load of the bundled data several times
-- slower, and every write checks those references before it is made.
CREATE TABLE tie (
  id          VARCHAR PRIMARY KEY,
  tie_type    VARCHAR NOT NULL,
  city_id     VARCHAR NOT NULL REFERENCES city (id),
  partner_id  VARCHAR NOT NULL,
  from_year   INTEGER,
  to_year     INTEGER,
  weight      DOUBLE PRECISION NOT NULL,
  detail      VARCHAR NOT NULL,
  source_id   VARCHAR NOT NULL,
  natural_key VARCHAR NOT NULL UNIQUE,
  ord         BIGINT NOT NULL,
  version     INTEGER NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR NOT NULL
);
CREATE INDEX tie_city ON tie (city_id);

CREATE TABLE tie_history (
  id            VARCHAR NOT NULL,
  tie_type      VARCHAR NOT NULL,
  city_id       VARCHAR NOT NULL,
  partner_id    VARCHAR NOT NULL,
  from_year     INTEGER,
  to_year       INTEGER,
  weight        DOUBLE PRECISION NOT NULL,
  detail        VARCHAR NOT NULL,
  source_id     VARCHAR NOT NULL,
  natural_key   VARCHAR NOT NULL,
  ord           BIGINT NOT NULL,
  version       INTEGER NOT NULL,
  recorded_from TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR NOT NULL,
  ended_by      VARCHAR NOT NULL,
  deleted       BOOLEAN NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE indicator_definition (
  code        VARCHAR PRIMARY KEY,
  scope       VARCHAR NOT NULL,
  name_en     VARCHAR NOT NULL,
  name_zh     VARCHAR NOT NULL,
  unit        VARCHAR NOT NULL,
  source_id   VARCHAR NOT NULL REFERENCES source (id),
  ord         BIGINT NOT NULL,
  version     INTEGER NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR NOT NULL
);

CREATE TABLE indicator_definition_history (
  code          VARCHAR NOT NULL,
  scope         VARCHAR NOT NULL,
  name_en       VARCHAR NOT NULL,
  name_zh       VARCHAR NOT NULL,
  unit          VARCHAR NOT NULL,
  source_id     VARCHAR NOT NULL,
  ord           BIGINT NOT NULL,
  version       INTEGER NOT NULL,
  recorded_from TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR NOT NULL,
  ended_by      VARCHAR NOT NULL,
  deleted       BOOLEAN NOT NULL,
  PRIMARY KEY (code, version)
);

CREATE TABLE indicator (
  subject_id  VARCHAR NOT NULL,
  code        VARCHAR NOT NULL,
  obs_year    INTEGER NOT NULL,
  obs_value   DOUBLE PRECISION NOT NULL,
  unit        VARCHAR NOT NULL,
  source_id   VARCHAR NOT NULL,
  ord         BIGINT NOT NULL,
  version     INTEGER NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR NOT NULL,
  PRIMARY KEY (subject_id, code, obs_year)
);

CREATE TABLE indicator_history (
  subject_id    VARCHAR NOT NULL,
  code          VARCHAR NOT NULL,
  obs_year      INTEGER NOT NULL,
  obs_value     DOUBLE PRECISION NOT NULL,
  unit          VARCHAR NOT NULL,
  source_id     VARCHAR NOT NULL,
  ord           BIGINT NOT NULL,
  version       INTEGER NOT NULL,
  recorded_from TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_to   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   VARCHAR NOT NULL,
  ended_by      VARCHAR NOT NULL,
  deleted       BOOLEAN NOT NULL,
  PRIMARY KEY (subject_id, code, obs_year, version)
);

-- Who changed what, when, with the record before and after the change (JSON; NULL before a creation and after
-- a deletion). change_id groups the entries of one import or one baseline load.
CREATE TABLE audit_log (
  id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  username    VARCHAR NOT NULL,
  action      VARCHAR NOT NULL,
  entity_kind VARCHAR NOT NULL,
  entity_id   VARCHAR NOT NULL,
  change_id   VARCHAR NOT NULL,
  before_json VARCHAR,
  after_json  VARCHAR,
  summary     VARCHAR NOT NULL
);
CREATE INDEX audit_log_changed_at ON audit_log (changed_at);
CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id);
