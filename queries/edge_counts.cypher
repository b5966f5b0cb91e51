// title_es: Relaciones por tipo
// title_en: Relationships by type
// description_es: >-
//   Cuántas relaciones de cada tipo guarda el almacén (todos los documentos y la capa de
//   referencia). Es la segunda mitad de `actagraph stats`.
// description_en: >-
//   How many relationships of each type the store holds (every document and the reference
//   layer). The second half of `actagraph stats`.
// view: table
// programs:
//   embedded: graph.edge_counts:edge_counts
MATCH ()-[r]->()
RETURN r.type AS type, count(*) AS n
ORDER BY type
