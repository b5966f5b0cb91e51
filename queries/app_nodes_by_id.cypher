// title_es: Nodos por id (página)
// title_en: Nodes by id (page)
// description_es: >-
//   Los nodos de una lista de ids.
// description_en: >-
//   The nodes of a list of ids.
// view: table
// listed: false
// params:
//   - name: ids
//     type: strings
//     required: true
//     label_es: Ids
//     label_en: Ids
MATCH (n) WHERE n.id IN $ids RETURN n
ORDER BY n.id
