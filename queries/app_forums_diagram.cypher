// title_es: Países y foros (diagrama)
// title_en: Countries and forums (diagram)
// description_es: >-
//   Las relaciones de países con conferencias y órganos, para el diagrama de la página Foros.
// description_en: >-
//   Countries' relationships with conferences and bodies, for the Forums page diagram.
// view: table
// listed: false
MATCH (c:Country)-[r:MEMBER_OF|FOCAL_POINT|HOLDS_POST|PRESIDES]->(f) RETURN c.name AS country, f.name AS forum, coalesce(r.role, r.type) AS role, c, r, f ORDER BY forum, country, r.id
