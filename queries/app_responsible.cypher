// title_es: Responsables directos (página)
// title_en: Direct responsibilities (page)
// description_es: >-
//   Quién debe cumplir cada compromiso (RESPONSIBLE_FOR).
// description_en: >-
//   Who must carry out each commitment (RESPONSIBLE_FOR).
// view: table
// listed: false
MATCH (a)-[r:RESPONSIBLE_FOR]->(c:Commitment) RETURN a, r, c
ORDER BY c.id, a.id, r.id
