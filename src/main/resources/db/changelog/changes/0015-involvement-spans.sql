--liquibase formatted sql
--changeset majlis:0015-involvement-span-functions splitStatements:false
-- Both ways an organisation takes part in a meeting (a role, or a participant acting for it) carry a copy of the
-- meeting's date span, so that "this organisation's meetings in this range" (the dashboard list and its count)
-- is one GiST index scan per table instead of every meeting of the organisation joined to every meeting of the
-- range (at benchmark scale L, IOM-sized organisations have 11,000 meetings). Triggers keep the copies equal.
CREATE FUNCTION majlis_copy_meeting_span() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    SELECT m.date_span INTO NEW.meeting_span FROM meeting m WHERE m.id = NEW.meeting_id;
    RETURN NEW;
END
$fn$;
CREATE FUNCTION majlis_spread_meeting_span() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE meeting_organisation SET meeting_span = NEW.date_span WHERE meeting_id = NEW.id;
    UPDATE participation SET meeting_span = NEW.date_span WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$fn$;

--changeset majlis:0015-involvement-spans
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE meeting_organisation ADD COLUMN meeting_span daterange;
ALTER TABLE participation ADD COLUMN meeting_span daterange;
UPDATE meeting_organisation mo SET meeting_span = m.date_span FROM meeting m WHERE m.id = mo.meeting_id;
UPDATE participation p SET meeting_span = m.date_span FROM meeting m WHERE m.id = p.meeting_id;
CREATE TRIGGER meeting_organisation_copy_span BEFORE INSERT OR UPDATE OF meeting_id ON meeting_organisation
    FOR EACH ROW EXECUTE FUNCTION majlis_copy_meeting_span();
CREATE TRIGGER participation_copy_span BEFORE INSERT OR UPDATE OF meeting_id ON participation
    FOR EACH ROW EXECUTE FUNCTION majlis_copy_meeting_span();
CREATE TRIGGER meeting_spread_span AFTER UPDATE OF date_earliest, date_latest ON meeting
    FOR EACH ROW WHEN (OLD.date_span IS DISTINCT FROM NEW.date_span) EXECUTE FUNCTION majlis_spread_meeting_span();
CREATE INDEX meeting_organisation_span_idx ON meeting_organisation USING gist (organisation_id, meeting_span);
CREATE INDEX participation_span_idx ON participation USING gist (organisation_id, meeting_span);
