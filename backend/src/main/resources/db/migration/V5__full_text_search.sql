-- Full-text search over text that is kept in English, French and Arabic columns (titles, summaries and
-- descriptions of projects and best practices). Each language is stemmed by its own configuration, and
-- all of it once more unstemmed ('simple'), so that names, codes and words of any language still match.
-- A table keeps the result in a generated, GIN-indexed column, e.g.
--   search tsvector GENERATED ALWAYS AS (search_vector('A', title_en, title_fr, title_ar)
--                                     || search_vector('B', summary_en, summary_fr, summary_ar)) STORED

CREATE FUNCTION search_vector(weight "char", en TEXT, fr TEXT, ar TEXT) RETURNS tsvector
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS
$$
SELECT setweight(to_tsvector('english'::regconfig, coalesce(en, ''))
                     || to_tsvector('french'::regconfig, coalesce(fr, ''))
                     || to_tsvector('arabic'::regconfig, coalesce(ar, ''))
                     || to_tsvector('simple'::regconfig, concat_ws(' ', en, fr, ar)), weight)
$$;

-- What a user typed, read as a web search (quotes, "or", "-word"; never a syntax error), in each
-- language: a document matches when it matches in any of them.
CREATE FUNCTION search_query(q TEXT) RETURNS tsquery
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS
$$
SELECT websearch_to_tsquery('english'::regconfig, q)
           || websearch_to_tsquery('french'::regconfig, q)
           || websearch_to_tsquery('arabic'::regconfig, q)
           || websearch_to_tsquery('simple'::regconfig, q)
$$;
