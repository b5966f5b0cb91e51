// title_es: Documentos guardados (almacén)
// title_en: Stored documents (store)
// description_es: >-
//   Id, título, ruta y huella de cada documento guardado cuyo id sigue a `after`, por id:
//   `GraphStore.documents()` las pide página a página (la lista de documentos de la aplicación y
//   la versión que invalida sus cachés).
// description_en: >-
//   Id, title, path and hash of every stored document whose id comes after `after`, by id:
//   `GraphStore.documents()` asks for them page by page (the app's document list and the version
//   that invalidates its caches).
// view: table
// listed: false
// params:
//   - name: after
//     type: string
//     default: ""
//     label_es: Después del id
//     label_en: After the id
MATCH (d:Document)
WHERE d.id > $after
RETURN d.id AS id, d.title AS title, d.path AS path, d.sha256 AS sha256
ORDER BY id
