--liquibase formatted sql
--changeset majlis:0008-create-evidence
-- A span of a source document supporting one fact (W3C Web Annotation TextQuote/TextPosition selectors).
-- Offsets count Java chars, which equal code points for these Basic-Multilingual-Plane texts.
CREATE TABLE evidence (
    id                       bigserial PRIMARY KEY,
    document_id              bigint NOT NULL REFERENCES source_document (id) ON DELETE CASCADE,
    start_offset             int NOT NULL CHECK (start_offset >= 0),
    end_offset               int NOT NULL,
    quote                    text NOT NULL CHECK (quote <> ''),
    prefix                   text NOT NULL,
    suffix                   text NOT NULL,
    -- which aspect of the fact it supports: the fact itself, or its date, city, stated text, as-of date
    aspect                   text NOT NULL CHECK (aspect IN ('FACT', 'DATE', 'CITY', 'TEXT', 'AS_OF', 'PUBLISHED')),
    meeting_id               bigint REFERENCES meeting (id) ON DELETE CASCADE,
    participation_id         bigint REFERENCES participation (id) ON DELETE CASCADE,
    meeting_organisation_id  bigint REFERENCES meeting_organisation (id) ON DELETE CASCADE,
    figure_id                bigint REFERENCES cited_figure (id) ON DELETE CASCADE,
    CHECK (end_offset > start_offset),
    CHECK (length(quote) = end_offset - start_offset),
    -- at most one fact; none only for the document's own publication date
    CHECK (num_nonnulls(meeting_id, participation_id, meeting_organisation_id, figure_id) = 1 OR aspect = 'PUBLISHED'),
    CHECK (aspect <> 'PUBLISHED' OR num_nonnulls(meeting_id, participation_id, meeting_organisation_id, figure_id) = 0)
);
CREATE INDEX evidence_document_idx ON evidence (document_id);
CREATE INDEX evidence_meeting_idx ON evidence (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX evidence_participation_idx ON evidence (participation_id) WHERE participation_id IS NOT NULL;
CREATE INDEX evidence_meeting_organisation_idx ON evidence (meeting_organisation_id) WHERE meeting_organisation_id IS NOT NULL;
CREATE INDEX evidence_figure_idx ON evidence (figure_id) WHERE figure_id IS NOT NULL;
