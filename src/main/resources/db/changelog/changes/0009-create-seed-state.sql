--liquibase formatted sql
--changeset majlis:0009-create-seed-state
-- Content hashes of the loaded reference files, so an unchanged seed folder is not written again.
CREATE TABLE seed_state (
    name     text PRIMARY KEY,
    sha256   char(64) NOT NULL
);
