// title_es: Órganos de cada conferencia (página)
// title_en: Bodies of each conference (page)
// description_es: >-
//   Cada órgano con la conferencia de la que forma parte (PART_OF).
// description_en: >-
//   Every body with the conference it is part of (PART_OF).
// view: table
// listed: false
MATCH (b)-[r:PART_OF]->(conf:Conference) RETURN b, r, conf
ORDER BY conf.id, b.id, r.id
