--liquibase formatted sql
--changeset majlis:0018-document-source
-- Where a source text can be read in the original: the publisher's page that was found to hold the same words, and
-- the day that was checked. Both or neither; null when no such page was found (never guessed).
ALTER TABLE source_document
    ADD COLUMN source_url text CHECK (source_url ~ '^https?://'),
    ADD COLUMN source_retrieved date,
    ADD CHECK ((source_url IS NULL) = (source_retrieved IS NULL));
