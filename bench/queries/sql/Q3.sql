-- Q3 mobile list: the first 50 meetings whose date may fall in [2010-01-01 + :from_day,
-- 2010-01-01 + :to_day) (OVERLAPS, as Q1), newest first; only key, title, date, city.
-- Exactly the OVERLAPS condition, split so each part has an index that yields rows in order:
--   earliest known: date_sort = earliest < to, and latest open or >= from -> meeting_newest_first_idx
--     read backwards from `to`, stopping after 50 matches;
--   earliest open ("before D"): date_sort = latest >= from               -> meeting_date_range_idx.
-- (Written as one WHERE with "x IS NULL OR ..." PostgreSQL seq-scans meeting.) One JSON document.
-- Variables: from_day, to_day (days since 2010-01-01)
SELECT json_build_object('meetings', coalesce((
  SELECT json_agg(json_build_object('key', m.key, 'title', m.title_en,
                    'date', json_build_object('earliest', m.date_earliest, 'latest', m.date_latest, 'precision', m.date_precision),
                    'city', m.city_en)
                  ORDER BY m.date_sort DESC NULLS LAST, m.key DESC)
    FROM (SELECT * FROM (
            (SELECT key, title_en, date_earliest, date_latest, date_precision, city_en, date_sort FROM meeting
              WHERE date_sort < DATE '2010-01-01' + :to_day::int AND date_earliest IS NOT NULL
                AND (date_latest IS NULL OR date_latest >= DATE '2010-01-01' + :from_day::int)
              ORDER BY date_sort DESC NULLS LAST, key DESC
              LIMIT 50)
            UNION ALL
            (SELECT key, title_en, date_earliest, date_latest, date_precision, city_en, date_sort FROM meeting
              WHERE date_earliest IS NULL AND date_latest >= DATE '2010-01-01' + :from_day::int)) u
           ORDER BY date_sort DESC NULLS LAST, key DESC
           LIMIT 50) m), '[]'));
