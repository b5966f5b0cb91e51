// title_es: Plazos de compromisos (página)
// title_en: Commitment deadlines (page)
// description_es: >-
//   Cada relación DUE con su compromiso y su fecha o evento.
// description_en: >-
//   Every DUE relationship with its commitment and its date or event.
// view: table
// listed: false
MATCH (c:Commitment)-[r:DUE]->(x) RETURN c, r, x
ORDER BY c.id, r.id
