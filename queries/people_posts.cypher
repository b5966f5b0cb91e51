// title_es: Personas y cargos
// title_en: People and their posts
// description_es: >-
//   Las personas nombradas, el cargo que les da el texto y los órganos u organizaciones en que lo
//   ejercen, a quién representan y qué presiden.
// description_en: >-
//   The people named, the post the text gives them, and the bodies or organisations they hold it
//   in, whom they represent and what they preside.
// view: table
MATCH (p:Person)
OPTIONAL MATCH (p)-[:HOLDS_POST]->(h)
WITH p, collect(DISTINCT h.name) AS holds_post_in
OPTIONAL MATCH (p)-[:REPRESENTS]->(r)
WITH p, holds_post_in, collect(DISTINCT r.name) AS represents
OPTIONAL MATCH (p)-[:PRESIDES]->(x)
RETURN p.name AS person, p.post AS post, holds_post_in, represents,
       collect(DISTINCT x.name) AS presides, p.aliases AS aliases, p.id AS id
ORDER BY person, id
