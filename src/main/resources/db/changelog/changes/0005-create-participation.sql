--liquibase formatted sql
--changeset majlis:0005-create-participation
-- A person taking part in a meeting, on behalf of an organisation (Popolo Membership-like).
CREATE TABLE participation (
    id               bigserial PRIMARY KEY,
    meeting_id       bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id        bigint NOT NULL REFERENCES person (id),
    organisation_id  bigint REFERENCES organisation (id),
    position         int NOT NULL,
    role             text NOT NULL CHECK (role IN ('CHAIR', 'CO_CHAIR', 'HOST', 'PARTICIPANT', 'SPEAKER', 'CONTACT')),
    title_ar         text,
    title_en         text,
    UNIQUE (meeting_id, person_id, role),
    UNIQUE (meeting_id, position)
);
CREATE INDEX participation_person_idx ON participation (person_id, meeting_id);
CREATE INDEX participation_organisation_idx ON participation (organisation_id, meeting_id);
