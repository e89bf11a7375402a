-- Q2 detail: meeting m-:id with its organisations, participants, figures, its evidence (the
-- quotes reporting the meeting: aspect FACT, as majlis' Meeting.evidence) and its document's
-- title. One JSON document (null if there is no such meeting). Variables: id
SELECT (
  SELECT json_build_object(
    'key', m.key, 'title', json_build_object('ar', m.title_ar, 'en', m.title_en), 'kind', m.kind,
    'date', json_build_object('earliest', m.date_earliest, 'latest', m.date_latest, 'precision', m.date_precision,
                              'basis', m.date_basis, 'uncertain', m.date_uncertain, 'note', m.date_note),
    'city', CASE WHEN m.city_basis IS NOT NULL THEN json_build_object('ar', m.city_ar, 'en', m.city_en, 'basis', m.city_basis) END,
    'document', (SELECT json_build_object('ar', d.title_ar, 'en', d.title_en) FROM source_document d WHERE d.id = m.document_id),
    'evidence', (SELECT coalesce(json_agg(json_build_object('quote', e.quote, 'start', e.start_offset, 'end', e.end_offset,
                                                            'aspect', e.aspect)), '[]')
                   FROM evidence e WHERE e.meeting_id = m.id AND e.aspect = 'FACT'),
    'organisations', (SELECT coalesce(json_agg(json_build_object('key', o.key, 'acronym', o.acronym, 'role', mo.role,
                                                                 'name', json_build_object('ar', o.name_ar, 'en', o.name_en))), '[]')
                        FROM meeting_organisation mo JOIN organisation o ON o.id = mo.organisation_id
                       WHERE mo.meeting_id = m.id),
    'participants', (SELECT coalesce(json_agg(json_build_object('person', p.key, 'role', pa.role, 'title', pa.title_en,
                                                                'name', json_build_object('ar', p.name_ar, 'en', p.name_en),
                                                                'organisation', o.key)), '[]')
                       FROM participation pa JOIN person p ON p.id = pa.person_id
                       LEFT JOIN organisation o ON o.id = pa.organisation_id
                      WHERE pa.meeting_id = m.id AND pa.role <> 'CONTACT'),
    'figures', (SELECT coalesce(json_agg(json_build_object('key', f.key, 'value', f.value, 'unit', f.unit, 'qualifier', f.qualifier,
                                                           'textAsStated', f.text_as_stated, 'producer', o.key,
                                                           'asOf', CASE WHEN f.as_of_precision IS NOT NULL THEN
                                                             json_build_object('earliest', f.as_of_earliest, 'latest', f.as_of_latest,
                                                                               'precision', f.as_of_precision) END)), '[]')
                  FROM cited_figure f LEFT JOIN organisation o ON o.id = f.producer_id
                 WHERE f.meeting_id = m.id))
  FROM meeting m WHERE m.key = 'm-' || :id);
