--liquibase formatted sql
--changeset majlis:0019-dataset-versions
-- The dataset's versions, written by the seed loader in the same transaction as the facts (org.majlis.seed.SeedWriter,
-- org.majlis.dataset.ChangeLog): a load that changes a record adds version max + 1, a load that changes nothing adds
-- none. A database filled by other means (the benchmark's generator) has no row here: its version is 0.
CREATE TABLE dataset_version (
    version          integer PRIMARY KEY CHECK (version > 0),
    loaded_at        timestamptz NOT NULL,
    -- SHA-256 (hex) of every live record's fingerprint, see ChangeLog.contentHash
    content_sha256   char(64) NOT NULL,
    added            integer NOT NULL,
    modified         integer NOT NULL,
    deleted          integer NOT NULL
);

-- Every record the loader has written, by type and curated key: the SHA-256 of its canonical content
-- (org.majlis.seed.Fingerprints), the version it first appeared in and the last that changed it (added, modified or
-- deleted it); a deleted record stays as a tombstone (deleted_in) with its last fingerprint.
CREATE TABLE dataset_record (
    type         text NOT NULL CHECK (type IN ('MEETING', 'PERSON', 'ORGANISATION', 'FIGURE', 'DOCUMENT')),
    key          text NOT NULL,
    fingerprint  char(64) NOT NULL,
    added_in     integer NOT NULL REFERENCES dataset_version (version),
    changed_in   integer NOT NULL REFERENCES dataset_version (version),
    deleted_in   integer REFERENCES dataset_version (version),
    PRIMARY KEY (type, key),
    CHECK (added_in <= changed_in),
    CHECK (deleted_in IS NULL OR deleted_in = changed_in)
);

-- What each version changed, in order: the feed of `changes(since:)`.
CREATE TABLE dataset_change (
    version   integer NOT NULL REFERENCES dataset_version (version),
    position  integer NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('ADDED', 'MODIFIED', 'DELETED')),
    type      text NOT NULL,
    key       text NOT NULL,
    PRIMARY KEY (version, position)
);
