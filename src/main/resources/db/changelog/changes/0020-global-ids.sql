--liquibase formatted sql
--changeset majlis:0020-global-id-functions splitStatements:false
-- The SQL form of the API's ids (org.majlis.graphql.Base64Url, GlobalId): base64url without padding. PostgreSQL's
-- base64 is the standard alphabet with padding and a line break every 76 characters; translate maps it to the URL
-- alphabet and drops both. STABLE like convert_to, so that the planner inlines it (as cheap as the expression).
CREATE FUNCTION majlis_base64url(t text) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $fn$
SELECT translate(encode(convert_to(t, 'UTF8'), 'base64'), E'+/=\n', '-_')
$fn$;
-- The global id of a record of a GraphQL type by its curated key. IMMUTABLE, as a generated column needs: convert_to
-- is STABLE only because it depends on the database's encoding, which a database never changes.
CREATE FUNCTION majlis_global_id(type text, key text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT majlis_base64url(type || ':' || key)
$fn$;

--changeset majlis:0020-global-id-columns
-- Each record's id, stored: encoding it while a page is read cost about 12% of the mobile list's statement (50 rows).
-- Generated from the key, so no writer can set a wrong one; not part of a record's content (seed.Fingerprints).
ALTER TABLE meeting ADD COLUMN global_id text GENERATED ALWAYS AS (majlis_global_id('Meeting', key)) STORED;
ALTER TABLE organisation ADD COLUMN global_id text GENERATED ALWAYS AS (majlis_global_id('Organisation', key)) STORED;
ALTER TABLE person ADD COLUMN global_id text GENERATED ALWAYS AS (majlis_global_id('Person', key)) STORED;
ALTER TABLE cited_figure ADD COLUMN global_id text GENERATED ALWAYS AS (majlis_global_id('Figure', key)) STORED;
ALTER TABLE source_document ADD COLUMN global_id text GENERATED ALWAYS AS (majlis_global_id('Document', slug)) STORED;
