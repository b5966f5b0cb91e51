// title_es: Respuesta del servidor (almacén)
// title_en: Server's answer (store)
// description_es: >-
//   Una consulta que no lee nada: antes de su primer trabajo, el almacén Neo4j comprueba con ella
//   que el servidor que aceptó la conexión y el usuario también responde a una consulta a tiempo.
// description_en: >-
//   A query that reads nothing: before its first work, the Neo4j store checks with it that the
//   server that accepted the connection and the user also answers a query in time.
// view: table
// listed: false
RETURN 1 AS answered
ORDER BY answered
