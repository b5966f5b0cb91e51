// title_es: Menciones de un documento (página)
// title_en: A document's mentions (page)
// description_es: >-
//   Las menciones de entidades en los pasajes de un documento.
// description_en: >-
//   The mentions of entities in a document's passages.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (p:Passage)-[r:MENTIONS]->(n) WHERE p.doc = $doc RETURN r, n
ORDER BY r.id, n.id
