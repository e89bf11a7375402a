--liquibase formatted sql
--changeset majlis:0011-figure-measure
-- what a figure counts, as a curated key shared by figures that count the same thing (e.g. 'migrants-in-libya'),
-- so that they can be compared; null when no other figure counts the same thing
ALTER TABLE cited_figure ADD COLUMN measure text CHECK (measure ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
CREATE INDEX cited_figure_measure_idx ON cited_figure (measure);
