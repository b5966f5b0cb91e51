// title_es: Relaciones alrededor de nodos (página)
// title_en: Relationships around nodes (page)
// description_es: >-
//   Las relaciones (de cualquier sentido) de una lista de nodos, sin IN_DOCUMENT; MENTIONS solo si se pide.
// description_en: >-
//   The relationships (either direction) of a list of nodes, without IN_DOCUMENT; MENTIONS only when asked.
// view: table
// listed: false
// params:
//   - name: ids
//     type: strings
//     required: true
//     label_es: Ids
//     label_en: Ids
//   - name: include_text
//     type: bool
//     default: false
//     label_es: Incluir menciones
//     label_en: Include mentions
MATCH (n)-[r]-(m) WHERE n.id IN $ids AND r.type <> 'IN_DOCUMENT' AND ($include_text OR r.type <> 'MENTIONS') RETURN n, r, m
ORDER BY r.id, n.id
