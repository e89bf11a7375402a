-- Deterministic synthetic data for majlis' own schema (the Liquibase changesets in
-- src/main/resources/db/changelog), loaded by bench/generate:
--   psql -v meetings=200000 -v people=10000 -v orgs=2000 -v seed=0.42 -f bench/db/generate.sql
-- Scale S: meetings=20000  people=2000  orgs=400      Scale L: meetings=200000 people=10000 orgs=2000
--
-- Same PostgreSQL major + same variables => same rows: setseed, one process (no parallel
-- query, no synchronised scans), every random() drawn while scanning generate_series in
-- order (the "+ 0 * x" in LATERAL subqueries forces one draw per row); joins come later and
-- draw nothing.
--
-- Inserts name only the columns it fills, so columns added later with defaults or
-- GENERATED ALWAYS (e.g. normalised names for search) are computed by PostgreSQL.
-- Keys: organisation org-N, person person-N, meeting m-N, figure fig-N (row id = N), so a
-- benchmark parameter N maps to the public global id base64url("Meeting:m-N").
\set ON_ERROR_STOP on
\if :{?meetings} \else \set meetings 20000 \endif
\if :{?people}   \else \set people 2000 \endif
\if :{?orgs}     \else \set orgs 400 \endif
\if :{?seed}     \else \set seed 0.42 \endif

SET max_parallel_workers_per_gather = 0;
SET synchronize_seqscans = off;
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET work_mem = '128MB';
SET temp_buffers = '256MB';
SET client_min_messages = warning;
SELECT setseed(:seed);

BEGIN;
-- the loader's version history goes too: generated content is no loaded version (its dataset version is 0)
TRUNCATE dataset_change, dataset_record, dataset_version, evidence, cited_figure, participation, meeting_organisation,
  meeting, source_document, person_alias, person, organisation_alias, organisation RESTART IDENTITY CASCADE;

-- word lists (English / Arabic pairs share an index) -----------------------------------------
CREATE TEMP TABLE w (k text PRIMARY KEY, en text[], ar text[]) ON COMMIT DROP;
INSERT INTO w VALUES
 ('adj',   ARRAY['National','Libyan','International','European','African','Regional','Municipal','Joint'],
           ARRAY['الوطني','الليبي','الدولي','الأوروبي','الأفريقي','الإقليمي','البلدي','المشترك']),
 ('noun',  ARRAY['Council','Committee','Ministry','Authority','Agency','Office','Working Group','Programme','Mission','Centre'],
           ARRAY['مجلس','لجنة','وزارة','هيئة','وكالة','مكتب','فريق عمل','برنامج','بعثة','مركز']),
 -- OrganisationKind per noun
 ('okind', ARRAY['NATIONAL_INSTITUTION','STATE_BODY','MINISTRY','STATE_BODY','UN_AGENCY','COUNTRY_OFFICE','WORKING_GROUP','PROGRAMME','UN_MISSION','NGO'], NULL),
 ('topic', ARRAY['Migration','Border Security','Displacement','Voluntary Return','Health','Protection','Labour Mobility','Coast Guard','Reintegration','Development','Human Rights','Statistics'],
           ARRAY['الهجرة','أمن الحدود','النزوح','العودة الطوعية','الصحة','الحماية','تنقل العمالة','خفر السواحل','إعادة الإدماج','التنمية','حقوق الإنسان','الإحصاء']),
 ('first', ARRAY['Mohammed','Ahmed','Ali','Omar','Khalid','Hassan','Hussein','Youssef','Ibrahim','Abdullah','Fatima','Aisha','Maryam','Layla','Nour','Sara','Huda','Rania','Salma','Zainab','Tariq','Faisal','Saeed','Nasser','Mustafa','Hamza','Osama','Karim','Salem','Walid'],
           ARRAY['محمد','أحمد','علي','عمر','خالد','حسن','حسين','يوسف','إبراهيم','عبدالله','فاطمة','عائشة','مريم','ليلى','نور','سارة','هدى','رانيا','سلمى','زينب','طارق','فيصل','سعيد','ناصر','مصطفى','حمزة','أسامة','كريم','سالم','وليد']),
 ('last',  ARRAY['Al-Mabrouk','Al-Obeidi','Al-Warfalli','Al-Zintani','Al-Misrati','Bin Ali','Al-Fitouri','Al-Senussi','Al-Ghariani','Al-Barghathi','Al-Magariaf','Shaban','Al-Sharif','Al-Tarhouni','Belhaj','Al-Dressi','Al-Kikhia','Al-Mahdi','Al-Jadi','Al-Hassi','Al-Turki','Abu Sahmain','Al-Mangoush','Al-Qatrani','Haddad'],
           ARRAY['المبروك','العبيدي','الورفلي','الزنتاني','المصراتي','بن علي','الفيتوري','السنوسي','الغرياني','البرغثي','المقريف','شعبان','الشريف','الترهوني','بلحاج','الدرسي','الكيخيا','المهدي','الجادي','الحاسي','التركي','أبو سهمين','المنقوش','القطراني','حداد']),
 ('mtype', ARRAY['Meeting','Working group session','Project review','Coordination meeting','Bilateral talks','Workshop','Technical committee','Consultation'],
           ARRAY['اجتماع','جلسة فريق العمل','مراجعة المشروع','اجتماع تنسيقي','محادثات ثنائية','ورشة عمل','اللجنة الفنية','مشاورات']),
 ('mkind', ARRAY['OTHER','WORKING_GROUP','PROJECT_REVIEW','OTHER','BILATERAL','OTHER','WORKING_GROUP','OTHER'], NULL),
 ('city',  ARRAY['Tripoli','Benghazi','Misrata','Sabha','Zuwara','Zawiya','Tobruk','Sirte','Gharyan','Kufra','Ghat','Bayda','Tunis','Geneva','Brussels','Rome','Valletta','Cairo','Niamey','Addis Ababa','Paris','Berlin'],
           ARRAY['طرابلس','بنغازي','مصراتة','سبها','زوارة','الزاوية','طبرق','سرت','غريان','الكفرة','غات','البيضاء','تونس','جنيف','بروكسل','روما','فاليتا','القاهرة','نيامي','أديس أبابا','باريس','برلين']),
 ('venue', ARRAY['Ministry of Foreign Affairs','Ministry of Interior','UN compound','Radisson Blu Al Mahary Hotel','Corinthia Hotel','Municipal council hall'],
           ARRAY['وزارة الخارجية','وزارة الداخلية','مجمع الأمم المتحدة','فندق راديسون بلو المهاري','فندق كورنثيا','قاعة المجلس البلدي']),
 ('morole', ARRAY['PARTICIPANT','PARTICIPANT','PARTICIPANT','ORGANISER','CO_CHAIR','FUNDER','IMPLEMENTER','FORUM','MENTIONED','PARTICIPANT'], NULL),
 ('morole_ar', ARRAY['مشاركاً','مشاركاً','مشاركاً','منظماً','رئيساً مشاركاً','ممولاً','منفذاً','إطاراً','مذكوراً','مشاركاً'], NULL),
 ('prole', ARRAY['PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','PARTICIPANT','CHAIR','CHAIR','SPEAKER','SPEAKER','SPEAKER','CO_CHAIR','HOST','CONTACT'], NULL),
 ('ptitle', ARRAY['Minister of Interior','Director of the Anti-Illegal Immigration Agency','Chief of Mission','Head of Delegation','Deputy Minister','Mayor','Programme Officer','Ambassador'],
            ARRAY['وزير الداخلية','مدير جهاز مكافحة الهجرة غير الشرعية','رئيس البعثة','رئيس الوفد','وكيل الوزارة','عميد البلدية','موظف البرنامج','السفير']),
 ('unit',  ARRAY['migrant','person','returnee','detainee','boat','USD','EUR','detention centre'],
           ARRAY['مهاجر','شخص','عائد','محتجز','قارب','دولار','يورو','مركز احتجاز']),
 ('qual',  ARRAY['EXACT','EXACT','EXACT','APPROXIMATE','APPROXIMATE','AT_LEAST','AT_MOST','ESTIMATE'],
           ARRAY['','','','نحو ','حوالي ','أكثر من ','ما يصل إلى ','ما يقدر بـ ']),
 ('qual_en', ARRAY['','','','about ','around ','more than ','up to ','an estimated '], NULL),
 ('month', ARRAY['January','February','March','April','May','June','July','August','September','October','November','December'],
           ARRAY['يناير','فبراير','مارس','أبريل','مايو','يونيو','يوليو','أغسطس','سبتمبر','أكتوبر','نوفمبر','ديسمبر']);

-- organisations: 3-level hierarchy ---------------------------------------------------------
-- ids 1..r are roots (r = max(5, orgs/100)), r+1..orgs/10 level 2, the rest level 3.
-- Mentions are skewed to low ids (P(org <= k) = sqrt(k/orgs)): the big bodies are the top levels.
INSERT INTO organisation (id, key, name_ar, name_en, name_en_verified, acronym, kind, parent_id)
SELECT o.id, 'org-' || o.id,
       format('%s %s %s', n.ar[ino], t.ar[it], a.ar[ia]) || CASE WHEN o.id > 960 THEN ' في ' || c.ar[1 + o.id % 22] ELSE '' END,
       format('%s %s for %s', a.en[ia], n.en[ino], t.en[it]) || CASE WHEN o.id > 960 THEN ' (' || c.en[1 + o.id % 22] || ')' ELSE '' END,
       r.v < 0.85,
       CASE WHEN r.acr < 0.7 THEN upper(left(a.en[ia], 1) || left(n.en[ino], 1) || left(t.en[it], 1)) || (o.id % 97) END,
       k.en[ino],
       CASE WHEN o.id <= greatest(5, :orgs / 100) THEN NULL
            WHEN o.id <= :orgs / 10 THEN 1 + floor(r.p * greatest(5, :orgs / 100))::int
            ELSE greatest(5, :orgs / 100) + 1 + floor(r.p * (:orgs / 10 - greatest(5, :orgs / 100)))::int
       END
FROM generate_series(1, :orgs) o(id)
CROSS JOIN LATERAL (SELECT random() + 0 * o.id AS v, random() AS acr, random() AS p) r
CROSS JOIN LATERAL (SELECT 1 + (o.id - 1) % 8 AS ia, 1 + ((o.id - 1) / 8) % 10 AS ino, 1 + ((o.id - 1) / 80) % 12 AS it) ix
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'adj') a
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'noun') n
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'topic') t
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'city') c
CROSS JOIN (SELECT en FROM w WHERE k = 'okind') k
ORDER BY o.id;

-- aliases in both languages: "the ..." / "ال..." forms, plus the acronym spelled with dots for some
INSERT INTO organisation_alias (organisation_id, lang, text)
SELECT o.id, x.lang, x.text
FROM organisation o
CROSS JOIN LATERAL (VALUES ('en', 'The ' || o.name_en), ('ar', 'ال' || o.name_ar),
                           ('en', CASE WHEN o.id % 3 = 0 AND o.acronym IS NOT NULL THEN o.acronym || '.' END)) x(lang, text)
WHERE x.text IS NOT NULL
ORDER BY o.id, x.lang DESC;

-- people ---------------------------------------------------------------------------------------
INSERT INTO person (id, key, name_ar, name_en, name_en_verified)
SELECT p.id, 'person-' || p.id, f.ar[i1] || ' ' || f.ar[i2] || ' ' || l.ar[i3], f.en[i1] || ' ' || f.en[i2] || ' ' || l.en[i3], v < 0.8
FROM generate_series(1, :people) p(id)
CROSS JOIN LATERAL (SELECT 1 + floor(random() * 30)::int + 0 * p.id AS i1, 1 + floor(random() * 30)::int AS i2,
                           1 + floor(random() * 25)::int AS i3, random() AS v) ix
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'first') f
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'last') l
ORDER BY p.id;

-- the short form (first and family name) in both languages
INSERT INTO person_alias (person_id, lang, text)
SELECT p.id, x.lang, x.text
FROM person p
CROSS JOIN LATERAL (VALUES ('ar', split_part(p.name_ar, ' ', 1) || ' ' || substr(p.name_ar, length(split_part(p.name_ar, ' ', 1)) + length(split_part(p.name_ar, ' ', 2)) + 3)),
                           ('en', split_part(p.name_en, ' ', 1) || ' ' || substr(p.name_en, length(split_part(p.name_en, ' ', 1)) + length(split_part(p.name_en, ' ', 2)) + 3))) x(lang, text)
ORDER BY p.id, x.lang;

-- meetings (drawn into a temp table first: documents need their text before meetings can point at them)
-- precision: 80% DAY, 8% MONTH, 4% YEAR, 5% RANGE, 3% UNKNOWN. About 1 in 20,000 meetings has a
-- range open at the start ("before D": it overlaps every earlier date range and sorts by D) and as
-- many one open at the end; more would crowd the top of every list of early dates.
CREATE TEMP TABLE tm ON COMMIT DROP AS
SELECT m.id, 1 + (m.id - 1) / 2 AS doc, (m.id - 1) % 2 AS pos, r.*,
       -- one document in five is in English, the rest in Arabic
       CASE WHEN (1 + (m.id - 1) / 2) % 5 = 0 THEN 'en' ELSE 'ar' END AS lang,
       DATE '2010-01-01' + r.d AS day,
       CASE WHEN r.rp < 0.80 THEN 'DAY' WHEN r.rp < 0.88 THEN 'MONTH' WHEN r.rp < 0.92 THEN 'YEAR'
            WHEN r.rp < 0.97 THEN 'RANGE' ELSE 'UNKNOWN' END AS prec
FROM generate_series(1, :meetings) m(id)
CROSS JOIN LATERAL (SELECT random() + 0 * m.id AS rp, floor(random() * 6209)::int AS d, random() AS ru, random() AS rspan,
                           random() AS rbasis, random() AS rcity, 1 + floor(power(random(), 1.5) * 22)::int AS ic,
                           random() AS rcb, 1 + floor(random() * 8)::int AS imt, 1 + floor(random() * 12)::int AS it,
                           1 + floor(random() * 12)::int AS it2, random() AS rvenue, 1 + floor(random() * 6)::int AS iv,
                           random() AS rpub, floor(random() * 4)::int AS publag,
                           1 + floor(:orgs * power(random(), 2))::int AS publisher) r
ORDER BY m.id;

CREATE TEMP TABLE tmd ON COMMIT DROP AS
SELECT tm.*, x.earliest, x.latest,
       CASE WHEN prec = 'DAY' THEN ru < 0.03 WHEN prec = 'UNKNOWN' THEN false ELSE ru < 0.3 END AS uncertain,
       CASE WHEN prec = 'DAY' THEN CASE WHEN rbasis < 0.9 THEN 'STATED' ELSE 'INFERRED' END
            WHEN prec IN ('MONTH', 'YEAR') THEN CASE WHEN rbasis < 0.6 THEN 'STATED' WHEN rbasis < 0.9 THEN 'INFERRED' ELSE 'EXTERNAL' END
            WHEN prec = 'RANGE' THEN CASE WHEN rbasis < 0.7 THEN 'INFERRED' ELSE 'EXTERNAL' END
            ELSE 'INFERRED' END AS basis
FROM tm
CROSS JOIN LATERAL (SELECT
  CASE prec WHEN 'DAY' THEN day WHEN 'MONTH' THEN date_trunc('month', day)::date WHEN 'YEAR' THEN date_trunc('year', day)::date
            WHEN 'RANGE' THEN CASE WHEN rspan < 0.001 THEN NULL ELSE day END END AS earliest,
  CASE prec WHEN 'DAY' THEN day WHEN 'MONTH' THEN (date_trunc('month', day) + interval '1 month - 1 day')::date
            WHEN 'YEAR' THEN (date_trunc('year', day) + interval '1 year - 1 day')::date
            WHEN 'RANGE' THEN CASE WHEN rspan < 0.001 THEN day WHEN rspan < 0.002 THEN NULL
                                   ELSE least(day + 1 + floor(rspan * 90)::int, DATE '2026-12-31') END END AS latest) x;

CREATE TEMP TABLE tmeet ON COMMIT DROP AS
SELECT t.id, t.doc, t.pos, t.prec, t.earliest, t.latest, t.uncertain, t.basis,
       mt.en[t.imt] || ' on ' || lower(tp.en[t.it]) || CASE WHEN t.rcity < 0.85 THEN ' in ' || c.en[t.ic] ELSE '' END AS title_en,
       mt.ar[t.imt] || ' حول ' || tp.ar[t.it] || CASE WHEN t.rcity < 0.85 THEN ' في ' || c.ar[t.ic] ELSE '' END AS title_ar,
       mk.en[t.imt] AS kind,
       -- the words of the text for a stated date (also its DATE evidence)
       CASE WHEN t.basis = 'STATED' THEN CASE t.prec
              WHEN 'DAY' THEN CASE WHEN t.lang = 'ar' THEN extract(day FROM t.day)::int || ' ' || mo.ar[extract(month FROM t.day)::int] || ' ' || extract(year FROM t.day)::int
                                   ELSE extract(day FROM t.day)::int || ' ' || mo.en[extract(month FROM t.day)::int] || ' ' || extract(year FROM t.day)::int END
              WHEN 'MONTH' THEN CASE WHEN t.lang = 'ar' THEN 'شهر ' || mo.ar[extract(month FROM t.day)::int] || ' ' || extract(year FROM t.day)::int
                                     ELSE mo.en[extract(month FROM t.day)::int] || ' ' || extract(year FROM t.day)::int END
              WHEN 'YEAR' THEN CASE WHEN t.lang = 'ar' THEN 'عام ' || extract(year FROM t.day)::int ELSE 'in ' || extract(year FROM t.day)::int END
            END END AS date_text,
       CASE WHEN t.basis <> 'STATED' THEN
              CASE t.prec WHEN 'UNKNOWN' THEN 'The text gives no date and none could be inferred.'
                          WHEN 'RANGE' THEN 'Inferred from the sequence of meetings reported around it; the day is not known.'
                          ELSE CASE t.basis WHEN 'EXTERNAL' THEN 'Date from outside reporting of the same meeting.'
                                            ELSE 'Inferred from the publication date of the report.' END END
            WHEN t.uncertain THEN 'The text states the date, but it conflicts with other reporting.' END AS date_note,
       CASE WHEN t.prec = 'RANGE' AND t.rspan > 0.7 AND t.earliest IS NOT NULL
            THEN ARRAY[t.earliest + (t.latest - t.earliest) / 2] ELSE '{}'::date[] END AS candidates,
       CASE WHEN t.rcity < 0.85 THEN c.ar[t.ic] END AS city_ar,
       CASE WHEN t.rcity < 0.85 THEN c.en[t.ic] END AS city_en,
       CASE WHEN t.rcity < 0.85 THEN CASE WHEN t.rcb < 0.9 THEN 'STATED' ELSE 'INFERRED' END END AS city_basis,
       CASE WHEN t.rcity < 0.85 AND t.rcb >= 0.9 THEN 'The venue named in the text is in this city.' END AS city_note,
       CASE WHEN t.rvenue < 0.4 THEN v.ar[t.iv] END AS venue_ar,
       CASE WHEN t.rvenue < 0.4 THEN v.en[t.iv] END AS venue_en,
       CASE WHEN t.it = t.it2 THEN ARRAY[lower(tp.en[t.it])] ELSE ARRAY[lower(tp.en[t.it]), lower(tp.en[t.it2])] END AS topics,
       format('ناقش المشاركون %s و%s.', tp.ar[t.it], tp.ar[t.it2]) AS summary_ar,
       format('The participants discussed %s and %s.', lower(tp.en[t.it]), lower(tp.en[t.it2])) AS summary_en,
       t.lang, t.rpub, t.publag, t.publisher, t.day
FROM tmd t
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'mtype') mt
CROSS JOIN (SELECT en FROM w WHERE k = 'mkind') mk
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'topic') tp
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'city') c
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'venue') v
CROSS JOIN (SELECT en, ar FROM w WHERE k = 'month') mo;
CREATE INDEX ON tmeet (id);

-- organisation roles: 1..3 per meeting (avg ~2), skewed: P(org <= k) = sqrt(k / orgs) -------------
CREATE TEMP TABLE tmo0 ON COMMIT DROP AS
SELECT m.id AS m, j, 1 + floor(:orgs * power(random(), 2))::int AS org, 1 + floor(random() * 10)::int AS ir, random() AS keep
FROM generate_series(1, :meetings) m(id)
CROSS JOIN LATERAL generate_series(1, 3 + 0 * m.id) j
ORDER BY m.id, j;

CREATE TEMP TABLE tmo ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY s.m, s.j) AS id, s.m, s.org, r.en[s.ir] AS role, ra.en[s.ir] AS role_ar,
       (row_number() OVER (PARTITION BY s.m ORDER BY s.j) - 1)::int AS pos
FROM (SELECT DISTINCT ON (m, org) * FROM tmo0 WHERE j = 1 OR keep < 0.5 ORDER BY m, org, j) s
CROSS JOIN (SELECT en FROM w WHERE k = 'morole') r
CROSS JOIN (SELECT en FROM w WHERE k = 'morole_ar') ra;
CREATE INDEX ON tmo (m, pos);
CREATE TEMP TABLE tmoc ON COMMIT DROP AS SELECT m, count(*)::int AS n FROM tmo GROUP BY m;
CREATE INDEX ON tmoc (m);

-- participations: 2..6 per meeting (avg ~4); the person acts for one of the meeting's organisations
-- (70%), for another organisation (15%: such meetings still "involve" that organisation), or for none
CREATE TEMP TABLE tp0 ON COMMIT DROP AS
SELECT m.id AS m, j, 1 + floor(:people * power(random(), 1.5))::int AS person,
       random() AS rorg, random() AS rsel, 1 + floor(:orgs * power(random(), 2))::int AS other,
       1 + floor(random() * 20)::int AS ir, random() AS rtitle, 1 + floor(random() * 8)::int AS it, random() AS keep
FROM generate_series(1, :meetings) m(id)
CROSS JOIN LATERAL generate_series(1, 6 + 0 * m.id) j
ORDER BY m.id, j;

CREATE TEMP TABLE tp ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY s.m, s.j) AS id, s.m, s.person, s.org, s.role,
       (row_number() OVER (PARTITION BY s.m ORDER BY s.j) - 1)::int AS pos, s.title_ar, s.title_en
FROM (
  SELECT DISTINCT ON (p.m, p.person, r.en[p.ir]) p.m, p.j, p.person, r.en[p.ir] AS role,
         CASE WHEN p.rorg < 0.70 THEN mo.org WHEN p.rorg < 0.85 THEN p.other END AS org,
         CASE WHEN p.rtitle < 0.7 THEN tt.ar[p.it] END AS title_ar,
         CASE WHEN p.rtitle < 0.7 THEN tt.en[p.it] END AS title_en
  FROM tp0 p
  JOIN tmoc c ON c.m = p.m
  JOIN tmo mo ON mo.m = p.m AND mo.pos = floor(p.rsel * c.n)::int
  CROSS JOIN (SELECT en FROM w WHERE k = 'prole') r
  CROSS JOIN (SELECT en, ar FROM w WHERE k = 'ptitle') tt
  WHERE p.j <= 2 OR p.keep < 0.5
  ORDER BY p.m, p.person, r.en[p.ir], p.j
) s;
CREATE INDEX ON tp (m, pos);

CREATE TEMP TABLE tdoc ON COMMIT DROP AS
SELECT DISTINCT ON (doc) doc, lang, title_ar, title_en, day, rpub, publag, publisher
FROM tmeet ORDER BY doc, pos;
CREATE INDEX ON tdoc (doc);

-- cited figures: 0..2 per meeting (avg ~1), plus one not tied to a meeting in ~5% of documents ---
CREATE TEMP TABLE tf0 ON COMMIT DROP AS
SELECT m.id AS m, j, (floor(power(random(), 3) * 1000000) + 1)::numeric AS value, 1 + floor(random() * 8)::int AS iu,
       1 + floor(random() * 8)::int AS iq, random() AS rprod, 1 + floor(:orgs * power(random(), 2))::int AS producer,
       random() AS ras, floor(random() * 90)::int AS lag, random() AS keep
FROM generate_series(1, :meetings + (:meetings + 1) / 2) m(id)
CROSS JOIN LATERAL generate_series(1, 2 + 0 * m.id) j
ORDER BY m.id, j;

CREATE TEMP TABLE tf ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY x.doc, x.mpos, x.j) AS id, x.*,
       (row_number() OVER (PARTITION BY x.doc ORDER BY x.mpos, x.j) - 1)::int AS pos
FROM (
  SELECT CASE WHEN f.m <= :meetings THEN f.m END AS meeting_id,
         CASE WHEN f.m <= :meetings THEN 1 + (f.m - 1) / 2 ELSE f.m - :meetings END AS doc,
         CASE WHEN f.m <= :meetings THEN (f.m - 1) % 2 ELSE 9 END AS mpos, f.j, f.value,
         u.en[f.iu] AS unit, u.ar[f.iu] AS unit_ar, q.en[f.iq] AS qualifier, q.ar[f.iq] AS qual_ar, qe.en[f.iq] AS qual_en,
         CASE WHEN f.rprod < 0.4 THEN f.producer END AS producer_id,
         f.ras, f.lag
  FROM tf0 f
  CROSS JOIN (SELECT en, ar FROM w WHERE k = 'unit') u
  CROSS JOIN (SELECT en, ar FROM w WHERE k = 'qual') q
  CROSS JOIN (SELECT en FROM w WHERE k = 'qual_en') qe
  WHERE (f.m <= :meetings AND f.keep < 0.5) OR (f.m > :meetings AND f.j = 1 AND f.keep < 0.05)
) x;

CREATE TEMP TABLE tfig ON COMMIT DROP AS
SELECT f.*, d.lang,
       -- the figure as the text writes it: 704.142 (Arabic texts) or 704,142 (English texts)
       CASE WHEN d.lang = 'ar' THEN f.qual_ar || replace(to_char(f.value, 'FM999,999,999'), ',', '.')
            ELSE f.qual_en || to_char(f.value, 'FM999,999,999') END AS text_as_stated,
       CASE WHEN f.ras < 0.6 THEN 'DAY' WHEN f.ras < 0.7 THEN 'MONTH' END AS as_of_precision,
       coalesce(mt.latest, mt.earliest, d.day) - f.lag AS as_of_day
FROM tf f
JOIN tdoc d ON d.doc = f.doc
LEFT JOIN tmeet mt ON mt.id = f.meeting_id;

-- documents: two meetings per document; the text is built from one sentence per fact, so every
-- evidence quote is a real substring of the body at known offsets ---------------------------------
-- sentence parts: pre || quote || post; the quote is the evidence (aspect, owner)
CREATE TEMP TABLE ts (doc int, ord bigint, pre text, quote text, post text, aspect text,
                      meeting_id bigint, participation_id bigint, meeting_organisation_id bigint, figure_id bigint) ON COMMIT DROP;

-- the meeting itself (FACT), its date words (DATE) and its city (CITY)
INSERT INTO ts
SELECT m.doc, m.pos * 1000000 + 1,
       '', CASE WHEN d.lang = 'ar' THEN 'عُقد ' || m.title_ar ELSE 'A ' || lower(left(m.title_en, 1)) || substr(m.title_en, 2) || ' took place' END, '. ',
       'FACT', m.id, NULL, NULL, NULL
FROM tmeet m JOIN tdoc d ON d.doc = m.doc;
INSERT INTO ts
SELECT m.doc, m.pos * 1000000 + 2, CASE WHEN d.lang = 'ar' THEN 'وذلك في ' ELSE 'It was held on ' END, m.date_text, '. ',
       'DATE', m.id, NULL, NULL, NULL
FROM tmeet m JOIN tdoc d ON d.doc = m.doc WHERE m.date_text IS NOT NULL;
INSERT INTO ts
SELECT m.doc, m.pos * 1000000 + 3, CASE WHEN d.lang = 'ar' THEN 'وانعقد في مدينة ' ELSE 'The venue was in ' END,
       CASE WHEN d.lang = 'ar' THEN m.city_ar ELSE m.city_en END, '. ',
       'CITY', m.id, NULL, NULL, NULL
FROM tmeet m JOIN tdoc d ON d.doc = m.doc WHERE m.city_basis IS NOT NULL;
-- every organisation role, participation and figure has its FACT quote
INSERT INTO ts
SELECT m.doc, m.pos * 1000000 + 10000 + mo.pos, '',
       CASE WHEN d.lang = 'ar' THEN 'شارك ' || o.name_ar || ' ' || mo.role_ar ELSE o.name_en || ' took part as ' || lower(mo.role) END, '. ',
       'FACT', NULL, NULL, mo.id, NULL
FROM tmo mo JOIN tmeet m ON m.id = mo.m JOIN tdoc d ON d.doc = m.doc JOIN organisation o ON o.id = mo.org;
INSERT INTO ts
SELECT m.doc, m.pos * 1000000 + 20000 + p.pos, '',
       CASE WHEN d.lang = 'ar' THEN 'وحضر ' || pe.name_ar || coalesce('، ' || p.title_ar, '')
            ELSE pe.name_en || coalesce(', ' || p.title_en || ',', '') || ' attended' END, '. ',
       'FACT', NULL, p.id, NULL, NULL
FROM tp p JOIN tmeet m ON m.id = p.m JOIN tdoc d ON d.doc = m.doc JOIN person pe ON pe.id = p.person;
-- figures: the whole sentence is the FACT, the number as written the TEXT (two overlapping quotes)
INSERT INTO ts
SELECT f.doc, f.mpos * 1000000 + 30000 + f.pos,
       CASE WHEN f.lang = 'ar' THEN 'وبحسب الأرقام المعلنة بلغ العدد ' ELSE 'According to the figures given, there were ' END,
       f.text_as_stated, ' ' || CASE WHEN f.lang = 'ar' THEN f.unit_ar ELSE '(' || f.unit || ')' END || '. ',
       'TEXT', NULL, NULL, NULL, f.id
FROM tfig f;

CREATE TEMP TABLE tsp ON COMMIT DROP AS
SELECT s.*, length(d.header) + sum(length(s.pre) + length(s.quote) + length(s.post))
         OVER (PARTITION BY s.doc ORDER BY s.ord ROWS UNBOUNDED PRECEDING)
       - (length(s.pre) + length(s.quote) + length(s.post)) AS sentence_start
FROM ts s JOIN (SELECT doc, CASE WHEN lang = 'ar' THEN title_ar ELSE title_en END || E'\n\n' AS header FROM tdoc) d ON d.doc = s.doc;

CREATE TEMP TABLE tbody ON COMMIT DROP AS
SELECT d.doc, CASE WHEN d.lang = 'ar' THEN d.title_ar ELSE d.title_en END || E'\n\n'
              || string_agg(s.pre || s.quote || s.post, '' ORDER BY s.ord) AS body
FROM tdoc d JOIN ts s ON s.doc = d.doc GROUP BY d.doc, d.lang, d.title_ar, d.title_en;
CREATE INDEX ON tbody (doc);

INSERT INTO source_document (id, slug, title_ar, title_en, headline, language, body, body_sha256, content_sha256,
  publisher_id, published_earliest, published_latest, published_precision, published_basis, published_uncertain, published_text)
SELECT d.doc, format('%s_%s', lpad(d.doc::text, 7, '0'), left(md5(d.doc::text), 16)),
       d.title_ar, d.title_en, d.lang = 'ar', d.lang, b.body,
       encode(sha256(convert_to(b.body, 'UTF8')), 'hex'),
       encode(sha256(convert_to(b.body || 'annotations', 'UTF8')), 'hex'),
       CASE WHEN d.rpub < 0.7 THEN d.publisher END,
       CASE WHEN d.rpub < 0.9 THEN d.day + d.publag END,
       CASE WHEN d.rpub < 0.9 THEN d.day + d.publag END,
       CASE WHEN d.rpub < 0.9 THEN 'DAY' END,
       CASE WHEN d.rpub < 0.9 THEN 'STATED' END,
       CASE WHEN d.rpub < 0.9 THEN false END,
       CASE WHEN d.rpub < 0.9 THEN to_char(d.day + d.publag, 'DD/MM/YYYY') END
FROM tdoc d JOIN tbody b ON b.doc = d.doc
ORDER BY d.doc;

INSERT INTO meeting (id, key, document_id, position, title_ar, title_en, kind, date_earliest, date_latest, date_precision,
  date_basis, date_uncertain, date_text, date_note, date_candidates, city_ar, city_en, city_basis, city_note,
  venue_ar, venue_en, topics, summary_ar, summary_en)
SELECT id, 'm-' || id, doc, pos, title_ar, title_en, kind, earliest, latest, prec, basis, uncertain, date_text, date_note,
       candidates, city_ar, city_en, city_basis, city_note, venue_ar, venue_en, topics, summary_ar, summary_en
FROM tmeet ORDER BY id;

INSERT INTO meeting_organisation (id, meeting_id, organisation_id, position, role)
SELECT id, m, org, pos, role FROM tmo ORDER BY id;

INSERT INTO participation (id, meeting_id, person_id, organisation_id, position, role, title_ar, title_en)
SELECT id, m, person, org, pos, role, title_ar, title_en FROM tp ORDER BY id;

INSERT INTO cited_figure (id, key, document_id, meeting_id, position, value, unit, qualifier, text_as_stated, counts_ar, counts_en,
  producer_id, as_of_earliest, as_of_latest, as_of_precision, as_of_basis, as_of_uncertain, as_of_text, as_of_note)
SELECT f.id, 'fig-' || f.id, f.doc, f.meeting_id, f.pos, f.value, f.unit, f.qualifier, f.text_as_stated,
       f.unit_ar, f.unit,
       f.producer_id,
       CASE f.as_of_precision WHEN 'DAY' THEN f.as_of_day WHEN 'MONTH' THEN date_trunc('month', f.as_of_day)::date END,
       CASE f.as_of_precision WHEN 'DAY' THEN f.as_of_day WHEN 'MONTH' THEN (date_trunc('month', f.as_of_day) + interval '1 month - 1 day')::date END,
       f.as_of_precision,
       CASE f.as_of_precision WHEN 'DAY' THEN 'STATED' WHEN 'MONTH' THEN 'INFERRED' END,
       CASE WHEN f.as_of_precision IS NOT NULL THEN f.as_of_precision = 'MONTH' END,
       NULL,
       CASE WHEN f.as_of_precision = 'MONTH' THEN 'The month of the data collection round the figure comes from.' END
FROM tfig f ORDER BY f.id;

-- evidence: the quote's offsets in its document (characters, = Java chars for these BMP texts),
-- with up to 32 characters either side; a figure's sentence adds a FACT quote around its TEXT quote
INSERT INTO evidence (document_id, start_offset, end_offset, quote, prefix, suffix, aspect,
  meeting_id, participation_id, meeting_organisation_id, figure_id)
SELECT e.doc, e.s, e.s + length(e.q), e.q,
       substr(b.body, greatest(1, e.s - 31), e.s - greatest(0, e.s - 32)),
       substr(b.body, e.s + length(e.q) + 1, 32),
       e.aspect, e.meeting_id, e.participation_id, e.meeting_organisation_id, e.figure_id
FROM (
  SELECT doc, ord, 0 AS k, (sentence_start + length(pre))::int AS s, quote AS q, aspect,
         meeting_id, participation_id, meeting_organisation_id, figure_id FROM tsp
  UNION ALL
  SELECT doc, ord, 1, sentence_start::int, pre || quote || rtrim(post), 'FACT', NULL, NULL, NULL, figure_id
  FROM tsp WHERE figure_id IS NOT NULL
) e JOIN tbody b ON b.doc = e.doc
ORDER BY e.doc, e.ord, e.k;

-- serial columns continue after the generated ids
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisation','organisation_alias','person','person_alias','source_document','meeting',
                           'meeting_organisation','participation','cited_figure','evidence'] LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT coalesce(max(id), 0) + 1 FROM %I), false)', t, t);
  END LOOP;
END $$;

COMMIT;

VACUUM (ANALYZE) organisation, organisation_alias, person, person_alias, source_document, meeting,
  meeting_organisation, participation, cited_figure, evidence;

SELECT (SELECT count(*) FROM meeting) AS meetings,
       (SELECT count(*) FROM person) AS people,
       (SELECT count(*) FROM organisation) AS orgs,
       (SELECT count(*) FROM meeting_organisation) AS meeting_orgs,
       (SELECT count(*) FROM participation) AS participations,
       (SELECT count(*) FROM cited_figure) AS figures,
       (SELECT count(*) FROM source_document) AS documents,
       (SELECT count(*) FROM evidence) AS evidence,
       pg_size_pretty(pg_database_size(current_database())) AS db_size;
