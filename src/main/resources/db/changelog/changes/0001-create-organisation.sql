--liquibase formatted sql
--changeset majlis:0001-create-organisation
CREATE TABLE organisation (
    id                 bigserial PRIMARY KEY,
    key                text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_ar            text NOT NULL CHECK (name_ar <> ''),
    name_en            text CHECK (name_en <> ''),
    name_en_verified   boolean NOT NULL DEFAULT true,
    acronym            text CHECK (acronym <> ''),
    kind               text NOT NULL CHECK (kind IN ('GOVERNMENT', 'MINISTRY', 'STATE_BODY', 'NATIONAL_INSTITUTION',
                           'UN_AGENCY', 'UN_MISSION', 'INTERGOVERNMENTAL', 'EU_BODY', 'COUNTRY_OFFICE', 'PROGRAMME',
                           'WORKING_GROUP', 'NGO', 'OTHER')),
    parent_id          bigint REFERENCES organisation (id),
    note               text,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);

-- Every other spelling of an organisation seen in the sources or in common use (Popolo other_names).
CREATE TABLE organisation_alias (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    lang             text NOT NULL CHECK (lang IN ('ar', 'en')),
    text             text NOT NULL CHECK (text <> ''),
    UNIQUE (organisation_id, text)
);
CREATE INDEX organisation_alias_lower_text_idx ON organisation_alias (lower(text));
CREATE INDEX organisation_lower_name_ar_idx ON organisation (lower(name_ar));
CREATE INDEX organisation_lower_name_en_idx ON organisation (lower(name_en));
CREATE INDEX organisation_lower_acronym_idx ON organisation (lower(acronym));
