-- Per day and pair of countries mentioned in the same article (country_a < country_b): co-coverage.
WITH per_article AS (
  SELECT DISTINCT article_id, published_date, country_code FROM mentions WHERE country_code IS NOT NULL
)
SELECT x.published_date AS date,
       x.country_code AS country_a,
       y.country_code AS country_b,
       count(*) AS articles
FROM per_article x
JOIN per_article y ON x.article_id = y.article_id AND x.country_code < y.country_code
GROUP BY x.published_date, x.country_code, y.country_code
