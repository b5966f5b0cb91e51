// title_es: Un hecho por su identificador
// title_en: A fact by its id
// description_es: >-
//   La relación cuyo identificador es (o empieza por) el dado; como mucho dos, para saber si el
//   prefijo es ambiguo.
// description_en: >-
//   The relationship whose id is (or starts with) the one given; at most two, to tell whether
//   the prefix is ambiguous.
// view: table
// listed: false
// params:
//   - name: id
//     type: string
//     required: true
//     label_es: Identificador
//     label_en: Id
MATCH (a)-[r]->(b)
UNWIND coalesce(r.doc_edge_ids, [r.id]) AS key
WITH a, r, b, key
WHERE key STARTS WITH $id
RETURN key AS id, r.type AS type, a.id AS source, b.id AS target, r.doc AS document,
       r.role AS role, r.on_behalf_of AS on_behalf_of, r.quote AS quote, r.char_start AS char_start,
       r.sources AS sources
ORDER BY id
LIMIT 2
