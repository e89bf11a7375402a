--liquibase formatted sql
--changeset majlis:0003-create-source-document
CREATE TABLE source_document (
    id                   bigserial PRIMARY KEY,
    slug                 text NOT NULL UNIQUE,
    title_ar             text NOT NULL CHECK (title_ar <> ''),
    title_en             text CHECK (title_en <> ''),
    -- true: title_ar is the document's own headline; false: a descriptive title written by the curators
    headline             boolean NOT NULL,
    language             text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    body                 text NOT NULL,
    body_sha256          char(64) NOT NULL,
    -- hash of text + annotation file: an unchanged pair is not reloaded
    content_sha256       char(64) NOT NULL,
    publisher_id         bigint REFERENCES organisation (id),
    published_earliest   date,
    published_latest     date,
    published_precision  text CHECK (published_precision IN ('DAY', 'MONTH', 'YEAR', 'RANGE', 'UNKNOWN')),
    published_basis      text CHECK (published_basis IN ('STATED', 'INFERRED', 'EXTERNAL')),
    published_uncertain  boolean,
    published_text       text,
    published_note       text,
    CHECK (published_earliest IS NULL OR published_latest IS NULL OR published_earliest <= published_latest),
    -- all or nothing: an unknown publication date has no precision, basis or flag
    CHECK ((published_precision IS NULL) = (published_basis IS NULL)),
    CHECK ((published_precision IS NULL) = (published_uncertain IS NULL))
);
CREATE INDEX source_document_published_idx ON source_document (published_earliest, published_latest);
