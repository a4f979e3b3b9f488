-- Per day: outlet country (from the outlet's domain) x mentioned country; who covers whom.
SELECT m.published_date AS date,
       coalesce(a.source_country, 'ZZ') AS source_country,
       m.country_code,
       count(DISTINCT m.article_id) AS articles,
       count(*) AS mentions
FROM mentions m
JOIN articles a ON a.article_id = m.article_id
WHERE m.country_code IS NOT NULL
GROUP BY m.published_date, coalesce(a.source_country, 'ZZ'), m.country_code
