-- Per day and country: how many articles mention it and how often, and by what route (`via`): naming the
-- country itself, or only through its leaders, or only through its places (cities, regions, capitals).
WITH day_totals AS (
  SELECT published_date, count(*) AS day_articles FROM articles GROUP BY published_date
),
per_article AS (
  SELECT m.published_date, m.country_code, m.article_id,
         max(CASE WHEN m.entity_type = 'country' THEN 1 ELSE 0 END) AS named,
         max(CASE WHEN m.entity_type = 'leader' THEN 1 ELSE 0 END) AS by_leader,
         max(CASE WHEN m.entity_type = 'place' THEN 1 ELSE 0 END) AS by_place,
         max(CASE WHEN m.field = 'title' THEN 1 ELSE 0 END) AS in_title,
         count(*) AS mentions,
         sum(CASE WHEN m.entity_type = 'country' THEN 1 ELSE 0 END) AS country_mentions,
         sum(CASE WHEN m.entity_type = 'leader' THEN 1 ELSE 0 END) AS leader_mentions,
         sum(CASE WHEN m.entity_type = 'place' THEN 1 ELSE 0 END) AS place_mentions
  FROM mentions m
  WHERE m.country_code IS NOT NULL
  GROUP BY m.published_date, m.country_code, m.article_id
)
SELECT p.published_date AS date,
       p.country_code,
       count(*) AS articles,
       sum(p.named) AS articles_named,
       sum(CASE WHEN p.named = 0 AND p.by_leader = 1 THEN 1 ELSE 0 END) AS articles_via_leaders_only,
       sum(CASE WHEN p.named = 0 AND p.by_leader = 0 AND p.by_place = 1 THEN 1 ELSE 0 END) AS articles_via_places_only,
       sum(p.in_title) AS title_articles,
       sum(p.mentions) AS mentions,
       sum(p.country_mentions) AS country_mentions,
       sum(p.leader_mentions) AS leader_mentions,
       sum(p.place_mentions) AS place_mentions,
       count(DISTINCT a.domain) AS outlets,
       count(*) / first(t.day_articles) AS share_of_articles
FROM per_article p
JOIN articles a ON a.article_id = p.article_id
JOIN day_totals t ON t.published_date = p.published_date
GROUP BY p.published_date, p.country_code
