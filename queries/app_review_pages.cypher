// title_es: Páginas de un documento guardado
// title_en: Pages of a stored document
// description_es: >-
//   Para cada página de un documento, el primer y el último carácter de sus pasajes.
// description_en: >-
//   For each page of a document, the first and last character of its passages.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (p:Passage) WHERE p.doc = $doc AND p.page IS NOT NULL
RETURN p.page AS page, min(p.char_start) AS char_start, max(p.char_end) AS char_end
ORDER BY page
