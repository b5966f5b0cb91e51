// title_es: Documento guardado, para volver a extraerlo
// title_en: A stored document, to extract it again
// description_es: >-
//   El texto normalizado de un documento y lo que su lector encontró (ruta, formato, título,
//   fecha, idioma, huella), para repetir la extracción tras una decisión de revisión.
// description_en: >-
//   A document's normalised text and what its reader found (path, format, title, date,
//   language, hash), to extract it again after a review decision.
// view: table
// listed: false
// params:
//   - name: doc
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (d:Document) WHERE d.id = $doc
RETURN d.text AS text, d.path AS path, d.format AS format, d.title AS title, d.date AS date,
       d.language AS language, d.sha256 AS sha256
ORDER BY d.id
