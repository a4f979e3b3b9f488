-- Per day and country: how many articles mention it (by name, by its leaders, by its places) and how often.
-- `via_named` counts articles that name the country itself; the rest reached it only through leaders or places.
WITH day_totals AS (
  SELECT published_date, count(*) AS day_articles FROM articles GROUP BY published_date
)
SELECT m.published_date AS date,
       m.country_code,
       count(DISTINCT m.article_id) AS articles,
       count(DISTINCT CASE WHEN m.entity_type = 'country' THEN m.article_id END) AS articles_named,
       count(DISTINCT CASE WHEN m.field = 'title' THEN m.article_id END) AS title_articles,
       count(*) AS mentions,
       sum(CASE WHEN m.entity_type = 'country' THEN 1 ELSE 0 END) AS country_mentions,
       sum(CASE WHEN m.entity_type = 'leader' THEN 1 ELSE 0 END) AS leader_mentions,
       sum(CASE WHEN m.entity_type = 'place' THEN 1 ELSE 0 END) AS place_mentions,
       count(DISTINCT a.domain) AS outlets,
       count(DISTINCT m.article_id) / first(t.day_articles) AS share_of_articles
FROM mentions m
JOIN articles a ON a.article_id = m.article_id
JOIN day_totals t ON t.published_date = m.published_date
WHERE m.country_code IS NOT NULL
GROUP BY m.published_date, m.country_code
