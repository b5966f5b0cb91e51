// title_es: Nodos por clase
// title_en: Nodes by kind
// description_es: >-
//   Cuántos nodos de cada clase guarda el almacén (todos los documentos y la capa de referencia).
//   Es la primera mitad de `actagraph stats`.
// description_en: >-
//   How many nodes of each kind the store holds (every document and the reference layer). The
//   first half of `actagraph stats`.
// view: table
MATCH (n)
RETURN n.kind AS kind, count(*) AS n
ORDER BY kind
