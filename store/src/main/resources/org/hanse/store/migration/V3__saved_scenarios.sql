-- Scenarios saved from the dashboard or the API to share by link: the scenario file as sent (hanse-scenario/1),
-- who saved it and when. The result is not stored: it is recomputed on the data of the day, so a shared link never
-- shows figures of data that have since changed.
CREATE TABLE saved_scenario (
  id         VARCHAR PRIMARY KEY,
  name       VARCHAR NOT NULL,
  body       VARCHAR NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR NOT NULL
);
CREATE INDEX saved_scenario_created ON saved_scenario (created_at);
