// title_es: Texto de un documento (página)
// title_en: A document's text (page)
// description_es: >-
//   El texto normalizado de un documento, al que apuntan todas las citas.
// description_en: >-
//   A document's normalised text, which every quote points into.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (d:Document) WHERE d.id = $doc RETURN d.text
ORDER BY d.id
