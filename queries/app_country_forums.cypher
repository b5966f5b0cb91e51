// title_es: Países en foros (página)
// title_en: Countries in forums (page)
// description_es: >-
//   Membresías, puntos focales, cargos y presidencias de países en conferencias y órganos.
// description_en: >-
//   Countries' memberships, focal points, posts and presidencies in conferences and bodies.
// view: table
// listed: false
MATCH (c:Country)-[r:MEMBER_OF|FOCAL_POINT|HOLDS_POST|PRESIDES]->(f) RETURN c, r, f
ORDER BY f.id, c.id, r.id
