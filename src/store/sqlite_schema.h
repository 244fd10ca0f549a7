// The SQLite schema (version 2: version 1 plus article.text, and evidence_fts
// maintained by the store instead of triggers), applied idempotently when a database opens.
// Events and incidents share the record columns (kRecordColumns), written and
// read by the same code. docs/storage.md describes every table.
#pragma once

#include "store/record_values.h"

namespace rasad::store::sqlite {

inline constexpr int kSchemaVersion = 2;

// The columns of an Event: store/record_values.h.
using rasad::store::kRecordColumnCount;
using rasad::store::kRecordColumns;

#define RASAD_RECORD_COLUMN_DEFS                                                                            \
  "event_date TEXT, time_precision INTEGER, event_type TEXT COLLATE NOCASE, "                               \
  "sub_event_type TEXT COLLATE NOCASE, actor1 TEXT COLLATE NOCASE, actor2 TEXT COLLATE NOCASE, "            \
  "inter1 INTEGER, inter2 INTEGER, country TEXT, country_code TEXT COLLATE NOCASE, "                        \
  "admin1 TEXT COLLATE NOCASE, admin2 TEXT, location TEXT, admin1_ar TEXT, location_ar TEXT, "              \
  "latitude REAL, longitude REAL, geo_precision INTEGER, wof_id INTEGER, geonames_id INTEGER, "             \
  "fatalities INTEGER, wounded INTEGER, killed_or_wounded INTEGER, arrested INTEGER, "                      \
  "claimed_by TEXT, reported_by TEXT, source TEXT, evidence TEXT NOT NULL, evidence_begin INTEGER, "        \
  "evidence_end INTEGER, trigger_phrase TEXT, confidence REAL"

inline constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS article (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE,
  url TEXT, source TEXT, title TEXT,
  published TEXT,
  fingerprint TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  text TEXT
);
CREATE TABLE IF NOT EXISTS event (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL UNIQUE,
  component INTEGER,
  incident INTEGER,
  )sql" RASAD_RECORD_COLUMN_DEFS R"sql(
);
CREATE TABLE IF NOT EXISTS incident (
  id INTEGER PRIMARY KEY,
  incident_id TEXT NOT NULL UNIQUE,
  component INTEGER NOT NULL,
  sources_count INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  fatalities_low INTEGER, fatalities_high INTEGER,
  wounded_low INTEGER, wounded_high INTEGER,
  killed_or_wounded_low INTEGER, killed_or_wounded_high INTEGER,
  arrested_low INTEGER, arrested_high INTEGER,
  )sql" RASAD_RECORD_COLUMN_DEFS R"sql(
);
CREATE TABLE IF NOT EXISTS tally (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  tally_id TEXT NOT NULL,
  actor TEXT COLLATE NOCASE, claimed_by TEXT, region TEXT, region_ar TEXT,
  country TEXT, country_code TEXT COLLATE NOCASE, admin1 TEXT, latitude REAL, longitude REAL,
  operations INTEGER, fatalities INTEGER, wounded INTEGER, killed_or_wounded INTEGER, arrested INTEGER,
  period_start TEXT, period_end TEXT, reported_by TEXT, source TEXT,
  evidence TEXT NOT NULL, evidence_begin INTEGER, evidence_end INTEGER
);

CREATE INDEX IF NOT EXISTS event_by_article ON event(article);
CREATE INDEX IF NOT EXISTS event_by_component ON event(component);
CREATE INDEX IF NOT EXISTS event_by_incident ON event(incident);
CREATE INDEX IF NOT EXISTS event_candidates ON event(country_code, event_type, admin1, event_date);
CREATE INDEX IF NOT EXISTS incident_by_component ON incident(component);
-- The filters' indexes end with the listing order (event_date, incident_id), so that a page of
-- a filtered listing is read in order and stops at its limit instead of sorting every match.
-- (Version 1 databases had them without incident_id, under other names.)
DROP INDEX IF EXISTS incident_by_date;
DROP INDEX IF EXISTS incident_by_country;
DROP INDEX IF EXISTS incident_by_admin1;
DROP INDEX IF EXISTS incident_by_admin1_ar;
DROP INDEX IF EXISTS incident_by_type;
DROP INDEX IF EXISTS incident_by_sub_type;
CREATE INDEX IF NOT EXISTS incident_listing ON incident(event_date, incident_id);
CREATE INDEX IF NOT EXISTS incident_listing_by_country ON incident(country_code, event_date, incident_id);
CREATE INDEX IF NOT EXISTS incident_listing_by_admin1 ON incident(admin1, event_date, incident_id);
-- Only incidents with an Arabic admin1 name: a filter compares it with "=", which never matches NULL.
DROP INDEX IF EXISTS incident_listing_by_admin1_ar;
CREATE INDEX IF NOT EXISTS incident_listing_by_admin1_ar_known ON incident(admin1_ar, event_date, incident_id)
  WHERE admin1_ar IS NOT NULL;
CREATE INDEX IF NOT EXISTS incident_listing_by_type ON incident(event_type, event_date, incident_id);
CREATE INDEX IF NOT EXISTS incident_listing_by_sub_type ON incident(sub_event_type, event_date, incident_id);
CREATE INDEX IF NOT EXISTS incident_by_actor1 ON incident(actor1);
CREATE INDEX IF NOT EXISTS incident_by_actor2 ON incident(actor2);
CREATE INDEX IF NOT EXISTS tally_by_article ON tally(article);

-- Full-text search over the evidence sentences (external content: the event table).
-- The store indexes a batch's events in one statement at its end and unindexes
-- the events of a replaced article before deleting it (version 1 used triggers).
CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(evidence, content='event', content_rowid='id');
DROP TRIGGER IF EXISTS event_fts_insert;
DROP TRIGGER IF EXISTS event_fts_delete;

-- Spatial index over the incidents' coordinates, maintained by the store like
-- evidence_fts: a trigger would make every incident insert keep a statement journal.
CREATE VIRTUAL TABLE IF NOT EXISTS incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
DROP TRIGGER IF EXISTS incident_rtree_insert;
DROP TRIGGER IF EXISTS incident_rtree_delete;

-- Provenance: every incident's events with their article and evidence span.
CREATE VIEW IF NOT EXISTS provenance AS
  SELECT i.incident_id, e.event_id, a.article_id, a.url, a.source, a.published,
         e.evidence_begin, e.evidence_end, e.evidence
  FROM event e JOIN article a ON a.id = e.article JOIN incident i ON i.id = e.incident;
)sql";

#undef RASAD_RECORD_COLUMN_DEFS

}  // namespace rasad::store::sqlite
