-- Per day and leader: articles and mentions, with the role held that day.
SELECT m.published_date AS date,
       m.entity_id AS leader_id,
       first(m.entity_name) AS leader_name,
       first(m.country_code) AS country_code,
       first(m.role) AS role,
       bool_or(m.in_office) AS in_office,
       count(DISTINCT m.article_id) AS articles,
       count(DISTINCT CASE WHEN m.field = 'title' THEN m.article_id END) AS title_articles,
       count(*) AS mentions
FROM mentions m
WHERE m.entity_type = 'leader'
GROUP BY m.published_date, m.entity_id
