// title_es: Número de nodos (almacén)
// title_en: Number of nodes (store)
// description_es: >-
//   Cuántos nodos guarda el almacén: una carga masiva (`load --bulk`) solo empieza en un almacén
//   vacío.
// description_en: >-
//   How many nodes the store holds: a bulk load (`load --bulk`) only starts on an empty store.
// view: table
// listed: false
MATCH (n)
RETURN count(n) AS n
ORDER BY n
