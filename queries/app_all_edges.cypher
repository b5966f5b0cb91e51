// title_es: Todas las relaciones
// title_en: Every relationship
// description_es: >-
//   Todas las relaciones del grafo, para exportarlo entero.
// description_en: >-
//   Every relationship of the graph, to export it whole.
// view: graph
// programs:
//   embedded: graph.edge_pages:all_edges
//   neo4j: graph.edge_pages:all_edges
// listed: false
MATCH ()-[r]->() RETURN r
ORDER BY r.id
