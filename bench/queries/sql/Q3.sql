-- Q3 mobile list: the first 50 meetings whose date may fall in [2010-01-01 + :from_day,
-- 2010-01-01 + :to_day) (OVERLAPS, as Q1), newest first; only key, title, date, city.
-- One JSON document. Variables: from_day, to_day (days since 2010-01-01)
SELECT json_build_object('meetings', coalesce((
  SELECT json_agg(json_build_object('key', m.key, 'title', m.title_en,
                    'date', json_build_object('earliest', m.date_earliest, 'latest', m.date_latest, 'precision', m.date_precision),
                    'city', m.city_en)
                  ORDER BY m.date_sort DESC NULLS LAST, m.key DESC)
    FROM (SELECT key, title_en, date_earliest, date_latest, date_precision, city_en, date_sort FROM meeting
           WHERE (date_earliest IS NOT NULL OR date_latest IS NOT NULL)
             AND (date_latest IS NULL OR date_latest >= DATE '2010-01-01' + :from_day::int)
             AND (date_earliest IS NULL OR date_earliest < DATE '2010-01-01' + :to_day::int)
           ORDER BY date_sort DESC NULLS LAST, key DESC
           LIMIT 50) m), '[]'));
