// title_es: Responsables a través de un órgano (página)
// title_en: Responsibilities through a body (page)
// description_es: >-
//   Puntos focales y miembros de un órgano responsable de un compromiso, con el órgano.
// description_en: >-
//   Focal points and members of a body responsible for a commitment, with the body.
// view: table
// listed: false
MATCH (x)-[r:FOCAL_POINT|MEMBER_OF]->(b:Body)-[:RESPONSIBLE_FOR]->(c:Commitment) RETURN x, r, b, c
ORDER BY c.id, b.id, x.id, r.id
