--liquibase formatted sql
--changeset majlis:0002-create-person
CREATE TABLE person (
    id                 bigserial PRIMARY KEY,
    key                text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_ar            text NOT NULL CHECK (name_ar <> ''),
    name_en            text CHECK (name_en <> ''),
    -- false: the English spelling is ours and not confirmed by any source
    name_en_verified   boolean NOT NULL DEFAULT true,
    note               text
);

CREATE TABLE person_alias (
    id         bigserial PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    lang       text NOT NULL CHECK (lang IN ('ar', 'en')),
    text       text NOT NULL CHECK (text <> ''),
    UNIQUE (person_id, text)
);
CREATE INDEX person_alias_lower_text_idx ON person_alias (lower(text));
CREATE INDEX person_lower_name_ar_idx ON person (lower(name_ar));
CREATE INDEX person_lower_name_en_idx ON person (lower(name_en));
