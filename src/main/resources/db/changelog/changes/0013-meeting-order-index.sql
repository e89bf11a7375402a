--liquibase formatted sql
--changeset majlis:0013-meeting-order-index
-- Lists are ordered `date_sort DESC NULLS LAST, key DESC` (newest first, undated last). Read backwards,
-- meeting_date_sort_idx gives DESC NULLS FIRST, which that order is not, so every page was sorted in full;
-- this index gives the newest-first order directly (and, read backwards, the oldest-first one).
DROP INDEX meeting_date_sort_idx;
CREATE INDEX meeting_newest_first_idx ON meeting (date_sort DESC NULLS LAST, key DESC);
