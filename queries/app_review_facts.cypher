// title_es: Hechos por revisar
// title_en: Facts to review
// description_es: >-
//   Los hechos que los documentos enuncian (ni la capa de referencia curada ni la estructura del
//   texto), de un documento o de todos.
// description_en: >-
//   The facts documents state (neither the curated reference layer nor the text's structure),
//   of one document or of all. A fact edge between shared entities stated by several documents
//   gives one row per document; `document_source` is that document's own first source entry
//   (JSON: its per-document id, span, rule and review status; graph/facts.py), cut from the
//   edge's `sources` unchanged, null on an edge that is not a fact edge or for a document
//   without an entry. Only the row's own entry: a fact stated by n documents gives n rows, not
//   n rows of n entries each.
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

// A document's own entry is cut from the edge's `sources` text: every entry starts with
// {"document": "<its document, JSON-escaped>", and a JSON string escapes every double quote, so
// that start and the join of two entries (}, {"document": ) occur nowhere inside a value. The
// entries are ordered by document, so the first one after the start is the document's first.
// graph/edge_pages.py:document_source does the same in Python. Lists count from 0 on Neo4j and
// from 1 on LadybugDB (whose split is string_split), hence the two variants.
// variant: neo4j
MATCH (a)-[r]->(b)
WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' AND r.type <> 'MENTIONS'
UNWIND coalesce(r.docs, [r.doc]) AS document
WITH a, r, b, document
WHERE $doc = '' OR document = $doc
WITH a, r, b, document,
     '{"document": "' + replace(replace(document, '\\', '\\\\'), '"', '\\"') + '", ' AS mark
WITH a, r, b, document, mark, split(coalesce(r.sources, ''), mark) AS parts
WITH a, r, b, document, mark, parts,
     split((parts + [''])[1], '}, {"document": ')[0] AS body
RETURN r.id AS id, r.type AS type, a.id AS source, a.name AS source_name, b.id AS target,
       b.name AS target_name, document, r.role AS role, r.on_behalf_of AS on_behalf_of,
       r.quote AS quote, r.char_start AS char_start, r.char_end AS char_end, r.section AS section,
       r.paragraph AS paragraph, r.rule AS rule, r.confidence AS confidence,
       r.review_status AS review_status, r.review_reason AS reason,
       CASE WHEN r.docs IS NULL OR size(parts) < 2 THEN NULL
            WHEN body ENDS WITH '}]' THEN mark + left(body, size(body) - 2) + '}'
            WHEN body ENDS WITH '}, ' THEN mark + left(body, size(body) - 3) + '}'
            ELSE mark + body + '}' END AS document_source
ORDER BY id, document
// variant: embedded
MATCH (a)-[r]->(b)
WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' AND r.type <> 'MENTIONS'
UNWIND coalesce(r.docs, [r.doc]) AS document
WITH a, r, b, document
WHERE $doc = '' OR document = $doc
WITH a, r, b, document,
     '{"document": "' + replace(replace(document, '\\', '\\\\'), '"', '\\"') + '", ' AS mark
WITH a, r, b, document, mark, string_split(coalesce(r.sources, ''), mark) AS parts
WITH a, r, b, document, mark, parts,
     string_split((parts + [''])[2], '}, {"document": ')[1] AS body
RETURN r.id AS id, r.type AS type, a.id AS source, a.name AS source_name, b.id AS target,
       b.name AS target_name, document, r.role AS role, r.on_behalf_of AS on_behalf_of,
       r.quote AS quote, r.char_start AS char_start, r.char_end AS char_end, r.section AS section,
       r.paragraph AS paragraph, r.rule AS rule, r.confidence AS confidence,
       r.review_status AS review_status, r.review_reason AS reason,
       CASE WHEN r.docs IS NULL OR size(parts) < 2 THEN NULL
            WHEN body ENDS WITH '}]' THEN mark + left(body, size(body) - 2) + '}'
            WHEN body ENDS WITH '}, ' THEN mark + left(body, size(body) - 3) + '}'
            ELSE mark + body + '}' END AS document_source
ORDER BY id, document
