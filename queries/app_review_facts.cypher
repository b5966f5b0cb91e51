// title_es: Hechos por revisar
// title_en: Facts to review
// description_es: >-
//   Los hechos que los documentos enuncian (ni la capa de referencia curada ni la estructura del
//   texto), de un documento o de todos.
// description_en: >-
//   The facts documents state (neither the curated reference layer nor the text's structure),
//   of one document or of all. A fact edge between shared entities stated by several documents
//   gives one row per document; its `sources` hold each document's own id, span, rule and review
//   status (graph/facts.py).
// view: table
// programs:
//   neo4j: graph.edge_pages:review_facts
//   embedded: graph.edge_pages:review_facts
// listed: false
// params:
//   - name: doc
//     type: string
//     default: ''
//     label_es: Documento (vacío = todos)
//     label_en: Document (empty = all)
MATCH (a)-[r]->(b)
WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' AND r.type <> 'MENTIONS'
UNWIND coalesce(r.docs, [r.doc]) AS document
WITH a, r, b, document
WHERE $doc = '' OR document = $doc
RETURN r.id AS id, r.type AS type, a.id AS source, a.name AS source_name, b.id AS target,
       b.name AS target_name, document, r.role AS role, r.on_behalf_of AS on_behalf_of,
       r.quote AS quote, r.char_start AS char_start, r.char_end AS char_end, r.section AS section,
       r.paragraph AS paragraph, r.rule AS rule, r.confidence AS confidence,
       r.review_status AS review_status, r.review_reason AS reason, r.sources AS sources
ORDER BY id, document
