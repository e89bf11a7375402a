--liquibase formatted sql
--changeset majlis:0016-date-candidates
-- Every FuzzyDate keeps its candidate days, not only a meeting's: the loader accepted them on a publication date
-- or a figure's as-of date and dropped them. Null where the date itself is null (no publication date known).
ALTER TABLE source_document ADD COLUMN published_candidates date[];
ALTER TABLE cited_figure ADD COLUMN as_of_candidates date[];
