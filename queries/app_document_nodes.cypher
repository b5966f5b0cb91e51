// title_es: Nodos propios de un documento (página)
// title_en: A document's own nodes (page)
// description_es: >-
//   Los nodos de un documento (compromisos, declaraciones, eventos...), sin sus pasajes.
// description_en: >-
//   A document's own nodes (commitments, statements, events...), not its passages.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (n) WHERE n.doc = $doc AND n.kind <> 'Passage' RETURN n
ORDER BY n.id
