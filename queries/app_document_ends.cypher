// title_es: Entidades que tocan los hechos de un documento (página)
// title_en: Entities a document's facts touch (page)
// description_es: >-
//   Cada nodo en un extremo de una relación que afirma un documento, con su nombre y tipo.
// description_en: >-
//   Every node at an end of a relationship a document states, with its name and kind.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (a)-[r]->(b) WHERE r.doc = $doc OR $doc IN r.docs
UNWIND [a, b] AS n
RETURN DISTINCT n.id AS id, n.name AS name, n.kind AS kind
ORDER BY id
