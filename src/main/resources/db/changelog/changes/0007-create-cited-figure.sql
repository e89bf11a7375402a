--liquibase formatted sql
--changeset majlis:0007-create-cited-figure
CREATE TABLE cited_figure (
    id                bigserial PRIMARY KEY,
    key               text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    document_id       bigint NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    meeting_id        bigint REFERENCES meeting (id) ON DELETE CASCADE,
    position          int NOT NULL,
    value             numeric NOT NULL,
    unit              text NOT NULL CHECK (unit <> ''),
    qualifier         text NOT NULL CHECK (qualifier IN ('EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'ESTIMATE')),
    -- the figure exactly as the text writes it, e.g. '704.142'
    text_as_stated    text NOT NULL CHECK (text_as_stated <> ''),
    counts_ar         text,
    counts_en         text,
    producer_id       bigint REFERENCES organisation (id),
    as_of_earliest    date,
    as_of_latest      date,
    as_of_precision   text CHECK (as_of_precision IN ('DAY', 'MONTH', 'YEAR', 'RANGE', 'UNKNOWN')),
    as_of_basis       text CHECK (as_of_basis IN ('STATED', 'INFERRED', 'EXTERNAL')),
    as_of_uncertain   boolean,
    as_of_text        text,
    as_of_note        text,
    note              text,
    UNIQUE (document_id, position),
    CHECK (as_of_earliest IS NULL OR as_of_latest IS NULL OR as_of_earliest <= as_of_latest),
    CHECK ((as_of_precision IS NULL) = (as_of_basis IS NULL)),
    CHECK ((as_of_precision IS NULL) = (as_of_uncertain IS NULL))
);
CREATE INDEX cited_figure_document_idx ON cited_figure (document_id);
CREATE INDEX cited_figure_meeting_idx ON cited_figure (meeting_id);
CREATE INDEX cited_figure_producer_idx ON cited_figure (producer_id);
CREATE INDEX cited_figure_unit_idx ON cited_figure (unit, value);
