--liquibase formatted sql
--changeset majlis:0012-meeting-date-span
-- A meeting's possible days as one range (an unknown end is unbounded), so the date filter is one indexable
-- condition: OVERLAPS is `date_span && range`, WITHIN is `date_span <@ range`, both served by the GiST index.
-- Written as `(date_latest IS NULL OR date_latest >= from) AND ...` the filter could use no index (issue 5).
-- Undated meetings (both ends unknown) get the unbounded range and are told apart by date_sort IS NULL.
ALTER TABLE meeting ADD COLUMN date_span daterange
    GENERATED ALWAYS AS (daterange(date_earliest, date_latest, '[]')) STORED;
CREATE INDEX meeting_date_span_idx ON meeting USING gist (date_span);
ALTER TABLE source_document ADD COLUMN published_span daterange
    GENERATED ALWAYS AS (daterange(published_earliest, published_latest, '[]')) STORED;
CREATE INDEX source_document_published_span_idx ON source_document USING gist (published_span);
