-- Q1 dashboard list: meetings whose date may fall in calendar year :year (majlis' default
-- dateMatch OVERLAPS on [date_earliest, date_latest]; undated meetings never match) and in
-- which organisation org-:org had a role or a participant acted for it (majlis'
-- filter.organisation without sub-organisations), newest first (date_sort desc, key desc),
-- first 20, with organisations (name, role) and participants (name, role), plus totalCount.
-- The floor starts from the organisation (one semi-join over the UNION of both ways of being
-- involved: index scans on organisation_id), then reads those meetings by id; written as
-- "id IN (...) OR id IN (...)" PostgreSQL seq-scans meeting. One JSON document.
-- Variables (psql -v / pgbench \set): org, year
WITH hits AS (
  SELECT m.id, m.key, m.title_en, m.date_earliest, m.date_latest, m.date_precision, m.city_en, m.date_sort
    FROM meeting m
   WHERE m.id IN (SELECT mo.meeting_id FROM meeting_organisation mo
                   WHERE mo.organisation_id = (SELECT o.id FROM organisation o WHERE o.key = 'org-' || :org)
                  UNION
                  SELECT p.meeting_id FROM participation p
                   WHERE p.organisation_id = (SELECT o.id FROM organisation o WHERE o.key = 'org-' || :org))
     AND (m.date_earliest IS NOT NULL OR m.date_latest IS NOT NULL)
     AND (m.date_latest IS NULL OR m.date_latest >= make_date(:year, 1, 1))
     AND (m.date_earliest IS NULL OR m.date_earliest < make_date(:year + 1, 1, 1)))
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM hits),
  'meetings', coalesce((
    SELECT json_agg(json_build_object(
             'key', m.key, 'title', m.title_en,
             'date', json_build_object('earliest', m.date_earliest, 'latest', m.date_latest, 'precision', m.date_precision),
             'city', m.city_en,
             'organisations', (SELECT coalesce(json_agg(json_build_object('name', o.name_en, 'role', mo.role)), '[]')
                                 FROM meeting_organisation mo JOIN organisation o ON o.id = mo.organisation_id
                                WHERE mo.meeting_id = m.id),
             'participants', (SELECT coalesce(json_agg(json_build_object('name', p.name_en, 'role', pa.role)), '[]')
                                FROM participation pa JOIN person p ON p.id = pa.person_id
                               WHERE pa.meeting_id = m.id AND pa.role <> 'CONTACT'))
           ORDER BY m.date_sort DESC NULLS LAST, m.key DESC)
      FROM (SELECT * FROM hits ORDER BY date_sort DESC NULLS LAST, key DESC LIMIT 20) m), '[]'));
