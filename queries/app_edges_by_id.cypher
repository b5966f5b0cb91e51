// title_es: Relaciones por id (página)
// title_en: Relationships by id (page)
// description_es: >-
//   Las relaciones de una lista de ids, con sus extremos.
// description_en: >-
//   The relationships of a list of ids, with their ends.
// view: table
// listed: false
// params:
//   - name: ids
//     type: strings
//     required: true
//     label_es: Ids
//     label_en: Ids
MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN a, r, b
ORDER BY r.id
