--liquibase formatted sql
--changeset majlis:0006-create-meeting-organisation
CREATE TABLE meeting_organisation (
    id               bigserial PRIMARY KEY,
    meeting_id       bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organisation_id  bigint NOT NULL REFERENCES organisation (id),
    position         int NOT NULL,
    role             text NOT NULL CHECK (role IN ('ORGANISER', 'CO_CHAIR', 'PARTICIPANT', 'FUNDER', 'IMPLEMENTER',
                         'FORUM', 'MENTIONED')),
    UNIQUE (meeting_id, organisation_id, role),
    UNIQUE (meeting_id, position)
);
-- the organisation filter: organisation -> meetings
CREATE INDEX meeting_organisation_organisation_idx ON meeting_organisation (organisation_id, meeting_id);
