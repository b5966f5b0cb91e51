// title_es: Fechas de eventos (página)
// title_en: Event dates (page)
// description_es: >-
//   Cada evento con su fecha (HELD_ON).
// description_en: >-
//   Every event with its date (HELD_ON).
// view: table
// listed: false
MATCH (e:Event)-[r:HELD_ON]->(d:Date) RETURN e.id, d, r
ORDER BY e.id, d.id, r.id
