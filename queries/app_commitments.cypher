// title_es: Compromisos (página)
// title_en: Commitments (page)
// description_es: >-
//   Cada compromiso como nodo, para las páginas de la aplicación.
// description_en: >-
//   Every commitment as a node, for the app's pages.
// view: table
// listed: false
MATCH (c:Commitment) RETURN c ORDER BY c.doc, c.id
