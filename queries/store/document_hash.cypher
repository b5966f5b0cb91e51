// title_es: Huella de un documento guardado (almacén)
// title_en: Hash of a stored document (store)
// description_es: >-
//   El sha256 guardado de un documento, o ninguna fila si no está: una carga sin reemplazo lo
//   compara con el del lote para no reescribir un documento sin cambios.
// description_en: >-
//   The stored sha256 of a document, or no row when it is not stored: a load without replace
//   compares it with the batch's to leave an unchanged document as it is.
// view: table
// listed: false
// params:
//   - name: id
//     type: string
//     required: true
//     label_es: Documento
//     label_en: Document
MATCH (d:Document)
WHERE d.id = $id
RETURN d.sha256 AS sha
ORDER BY sha
