// title_es: Todos los nodos
// title_en: Every node
// description_es: >-
//   Todos los nodos del grafo, para exportarlo entero.
// description_en: >-
//   Every node of the graph, to export it whole.
// view: graph
// listed: false
MATCH (n) RETURN n
ORDER BY n.id
