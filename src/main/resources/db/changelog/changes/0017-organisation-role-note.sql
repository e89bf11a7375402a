--liquibase formatted sql
--changeset majlis:0017-organisation-role-note
-- remarks of the curators on an organisation's role, e.g. that a funder funded the project, not the meeting
ALTER TABLE meeting_organisation ADD COLUMN note text;
