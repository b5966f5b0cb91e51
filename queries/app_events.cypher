// title_es: Eventos (página)
// title_en: Events (page)
// description_es: >-
//   Cada evento como nodo.
// description_en: >-
//   Every event as a node.
// view: table
// listed: false
MATCH (e:Event) RETURN e
ORDER BY e.id
