// title_es: Pasajes de un documento (página)
// title_en: A document's passages (page)
// description_es: >-
//   Los pasajes de un documento en orden, con su sección, párrafo y posición en el texto.
// description_en: >-
//   A document's passages in order, with their section, paragraph and place in the text.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (p:Passage) WHERE p.doc = $doc
RETURN p.paragraph, p.section, p.char_start, p.char_end
ORDER BY p.char_start, p.paragraph
