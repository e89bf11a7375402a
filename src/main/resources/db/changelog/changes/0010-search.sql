--liquibase formatted sql
--changeset majlis:0010-search-normalise splitStatements:false
-- Arabic-aware normalisation for matching, the one implementation used by the indexes below and by every
-- query (which call it on their input): Latin case folded; alef forms -> ا, ى/ی -> ي, ة -> ه, ک -> ك;
-- tashkeel, superscript alef, tatweel and invisible joiners/marks removed; Arabic-Indic and Persian digits
-- -> ASCII; runs of whitespace, punctuation and quotation marks (« » “ ” ، ؛ ؟ ٫ ٬ …) -> one space; trimmed.
-- Stored text is never changed: normalised forms live in generated columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION majlis_normalise(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT btrim(regexp_replace(
           translate(lower(t),
             'أإآٱٲٳىیةک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'
               || E'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659'
               || E'\u065A\u065B\u065C\u065D\u065E\u065F\u0670\u0640\u200B\u200C\u200D\u200E\u200F\u061C\u00AD\uFEFF',
             'ااااااييهك01234567890123456789'),
           E'[\\s!-/:-@\\[-`{-~\u00A0-\u00BF\u060C\u061B\u061F\u066A-\u066D\u06D4\u2010-\u2027\u2030-\u205E\u3000]+',
           ' ', 'g'),
         ' ')
$fn$;

-- Where normalised `q` first occurs in `body`, as {start, end} offsets of the original text (end exclusive),
-- or null. Found by bisection with majlis_normalise itself, so offsets agree with the matching rules:
-- the shortest prefix of `body` whose normalised form contains `q` ends the match, the shortest suffix of
-- that prefix which still contains it starts it. Marks that vanish in normalisation (tashkeel) after the last
-- letter belong to the match.
CREATE FUNCTION majlis_locate(body text, q text) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  lo int;
  hi int;
  mid int;
  stop int;
  n int := length(body);
BEGIN
  IF q = '' OR position(q IN majlis_normalise(body)) = 0 THEN
    RETURN NULL;
  END IF;
  lo := 1;
  hi := n;
  WHILE lo < hi LOOP
    mid := (lo + hi) / 2;
    IF position(q IN majlis_normalise(left(body, mid))) > 0 THEN hi := mid; ELSE lo := mid + 1; END IF;
  END LOOP;
  stop := lo;
  WHILE stop < n AND majlis_normalise('ا' || substr(body, stop + 1, 1) || 'ا') = 'اا' LOOP
    stop := stop + 1;
  END LOOP;
  lo := 0;
  hi := stop - 1;
  WHILE lo < hi LOOP
    mid := (lo + hi + 1) / 2;
    IF position(q IN majlis_normalise(substr(body, mid + 1, stop - mid))) > 0 THEN lo := mid; ELSE hi := mid - 1; END IF;
  END LOOP;
  RETURN ARRAY[lo, stop];
END
$fn$;

--changeset majlis:0010-search-columns
-- Names: exact and prefix matches use the btree indexes (text_pattern_ops serves LIKE 'q%'), fuzzy matches
-- (word_similarity, `<%`) and substrings use the trigram GIN indexes.
ALTER TABLE organisation
    ADD COLUMN name_ar_norm text GENERATED ALWAYS AS (majlis_normalise(name_ar)) STORED,
    ADD COLUMN name_en_norm text GENERATED ALWAYS AS (majlis_normalise(name_en)) STORED,
    ADD COLUMN acronym_norm text GENERATED ALWAYS AS (majlis_normalise(acronym)) STORED;
ALTER TABLE organisation_alias ADD COLUMN text_norm text GENERATED ALWAYS AS (majlis_normalise(text)) STORED;
ALTER TABLE person
    ADD COLUMN name_ar_norm text GENERATED ALWAYS AS (majlis_normalise(name_ar)) STORED,
    ADD COLUMN name_en_norm text GENERATED ALWAYS AS (majlis_normalise(name_en)) STORED;
ALTER TABLE person_alias ADD COLUMN text_norm text GENERATED ALWAYS AS (majlis_normalise(text)) STORED;
DROP INDEX organisation_alias_lower_text_idx, organisation_lower_name_ar_idx, organisation_lower_name_en_idx,
    organisation_lower_acronym_idx, person_alias_lower_text_idx, person_lower_name_ar_idx, person_lower_name_en_idx;
CREATE INDEX organisation_name_ar_norm_idx ON organisation (name_ar_norm text_pattern_ops);
CREATE INDEX organisation_name_en_norm_idx ON organisation (name_en_norm text_pattern_ops);
CREATE INDEX organisation_acronym_norm_idx ON organisation (acronym_norm text_pattern_ops);
CREATE INDEX organisation_alias_text_norm_idx ON organisation_alias (text_norm text_pattern_ops);
CREATE INDEX organisation_names_trgm_idx ON organisation
    USING gin (name_ar_norm gin_trgm_ops, name_en_norm gin_trgm_ops, acronym_norm gin_trgm_ops);
CREATE INDEX organisation_alias_trgm_idx ON organisation_alias USING gin (text_norm gin_trgm_ops);
CREATE INDEX person_name_ar_norm_idx ON person (name_ar_norm text_pattern_ops);
CREATE INDEX person_name_en_norm_idx ON person (name_en_norm text_pattern_ops);
CREATE INDEX person_alias_text_norm_idx ON person_alias (text_norm text_pattern_ops);
CREATE INDEX person_names_trgm_idx ON person USING gin (name_ar_norm gin_trgm_ops, name_en_norm gin_trgm_ops);
CREATE INDEX person_alias_trgm_idx ON person_alias USING gin (text_norm gin_trgm_ops);
CREATE INDEX organisation_alias_organisation_idx ON organisation_alias (organisation_id);
CREATE INDEX person_alias_person_idx ON person_alias (person_id);

-- Free text: Arabic has no PostgreSQL stemmer and its clitics join words (للهجرة = ل + الهجرة), so matching is
-- by substring on the normalised text, served by trigram GIN indexes, rather than word-based full-text search.
ALTER TABLE meeting ADD COLUMN search_norm text GENERATED ALWAYS AS (majlis_normalise(
    title_ar || ' ' || coalesce(title_en, '') || ' ' || coalesce(venue_ar, '') || ' ' || coalesce(venue_en, '')
    || ' ' || coalesce(city_ar, '') || ' ' || coalesce(city_en, '') || ' ' || coalesce(summary_ar, '') || ' '
    || coalesce(summary_en, ''))) STORED;
CREATE INDEX meeting_search_trgm_idx ON meeting USING gin (search_norm gin_trgm_ops);
DROP INDEX meeting_lower_city_en_idx, meeting_city_ar_idx;
CREATE INDEX meeting_city_ar_norm_idx ON meeting (majlis_normalise(city_ar));
CREATE INDEX meeting_city_en_norm_idx ON meeting (majlis_normalise(city_en));
ALTER TABLE cited_figure ADD COLUMN search_norm text GENERATED ALWAYS AS (majlis_normalise(
    text_as_stated || ' ' || coalesce(counts_ar, '') || ' ' || coalesce(counts_en, '') || ' ' || unit)) STORED;
CREATE INDEX cited_figure_search_trgm_idx ON cited_figure USING gin (search_norm gin_trgm_ops);
ALTER TABLE source_document
    ADD COLUMN title_norm text GENERATED ALWAYS AS (majlis_normalise(title_ar || ' ' || coalesce(title_en, ''))) STORED,
    ADD COLUMN body_norm text GENERATED ALWAYS AS (majlis_normalise(body)) STORED;
CREATE INDEX source_document_text_trgm_idx ON source_document USING gin (title_norm gin_trgm_ops, body_norm gin_trgm_ops);
