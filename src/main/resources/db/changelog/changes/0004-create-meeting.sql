--liquibase formatted sql
--changeset majlis:0004-create-meeting
CREATE TABLE meeting (
    id               bigserial PRIMARY KEY,
    key              text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    document_id      bigint NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    position         int NOT NULL,
    title_ar         text NOT NULL CHECK (title_ar <> ''),
    title_en         text CHECK (title_en <> ''),
    kind             text NOT NULL CHECK (kind IN ('BILATERAL', 'WORKING_GROUP', 'PROJECT_REVIEW', 'OTHER')),
    -- the date as an interval of days (both ends inclusive), never more precise than the sources
    date_earliest    date,
    date_latest      date,
    date_precision   text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR', 'RANGE', 'UNKNOWN')),
    date_basis       text NOT NULL CHECK (date_basis IN ('STATED', 'INFERRED', 'EXTERNAL')),
    date_uncertain   boolean NOT NULL DEFAULT false,
    date_text        text,
    date_note        text,
    date_candidates  date[] NOT NULL DEFAULT '{}',
    -- sort key: the earliest possible day, or the latest where only that is known
    date_sort        date GENERATED ALWAYS AS (coalesce(date_earliest, date_latest)) STORED,
    city_ar          text,
    city_en          text,
    city_basis       text CHECK (city_basis IN ('STATED', 'INFERRED', 'EXTERNAL')),
    city_note        text,
    venue_ar         text,
    venue_en         text,
    topics           text[] NOT NULL DEFAULT '{}',
    summary_ar       text,
    summary_en       text,
    UNIQUE (document_id, position),
    CHECK (date_earliest IS NULL OR date_latest IS NULL OR date_earliest <= date_latest),
    CHECK (date_precision <> 'DAY' OR date_earliest = date_latest),
    CHECK (date_basis = 'STATED' OR date_note IS NOT NULL),
    -- a city is either absent (unknown) or present with its basis
    CHECK ((city_ar IS NULL AND city_en IS NULL) = (city_basis IS NULL)),
    CHECK (city_basis IS NULL OR city_basis = 'STATED' OR city_note IS NOT NULL)
);
CREATE INDEX meeting_document_idx ON meeting (document_id);
CREATE INDEX meeting_date_range_idx ON meeting (date_earliest, date_latest);
CREATE INDEX meeting_date_sort_idx ON meeting (date_sort, key);
CREATE INDEX meeting_lower_city_en_idx ON meeting (lower(city_en));
CREATE INDEX meeting_city_ar_idx ON meeting (city_ar);
