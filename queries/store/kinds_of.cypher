// title_es: Clase de nodos guardados (almacén)
// title_en: Kind of stored nodes (store)
// description_es: >-
//   La clase de cada nodo guardado entre unos ids: una carga valida con ella las relaciones de un
//   documento hacia entidades compartidas que el lote no trae.
// description_en: >-
//   The kind of each stored node among some ids: a load checks with it a document's
//   relationships to shared entities its batch does not carry.
// view: table
// listed: false
// params:
//   - name: ids
//     type: strings
//     required: true
//     label_es: Ids
//     label_en: Ids
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind
ORDER BY id
