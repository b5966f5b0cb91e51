// title_es: Relaciones de un documento (página)
// title_en: A document's relationships (page)
// description_es: >-
//   Las relaciones que afirma un documento (sin el grafo léxico), con sus extremos.
// description_en: >-
//   The relationships a document states (not the lexical graph), with their ends.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (a)-[r]->(b) WHERE (r.doc = $doc OR $doc IN r.docs) AND r.type <> 'MENTIONS' AND r.type <> 'IN_DOCUMENT' RETURN a, r, b
ORDER BY r.id
