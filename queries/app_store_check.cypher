// title_es: Comprobar el almacén
// title_en: Check the store
// description_es: >-
//   Una lectura mínima, para saber antes de abrir la aplicación que el almacén se puede leer.
// description_en: >-
//   A minimal read, to know before the app opens that the store can be read.
// view: table
// listed: false
MATCH (n) RETURN count(n) AS n
ORDER BY n
LIMIT 1
