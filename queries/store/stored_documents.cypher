// title_es: Documentos guardados (almacén)
// title_en: Stored documents (store)
// description_es: >-
//   Id, título, ruta y huella de cada documento guardado: `GraphStore.documents()`, la lista de
//   documentos de la aplicación y la versión que invalida sus cachés.
// description_en: >-
//   Id, title, path and hash of every stored document: `GraphStore.documents()`, the app's
//   document list and the version that invalidates its caches.
// view: table
// listed: false
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.path AS path, d.sha256 AS sha256
ORDER BY id
