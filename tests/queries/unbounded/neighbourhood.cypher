// title_es: Vecindario de un actor
// title_en: Neighbourhood of an actor
// description_es: >-
//   Las relaciones alrededor de una entidad hasta n saltos (1 a 3), sin el grafo léxico
//   (pasajes y menciones). Cada fila es una relación entre dos nodos del vecindario.
// description_en: >-
//   The relationships around an entity up to n hops (1 to 3), leaving out the lexical graph
//   (passages and mentions). Each row is a relationship between two nodes of the neighbourhood.
// view: graph
// params:
//   - name: actor
//     type: entity
//     default: Chile
//     required: true
//     label_es: Entidad (id, nombre o alias)
//     label_en: Entity (id, name or alias)
//     choices_query: >-
//       MATCH (a) WHERE NOT a.kind IN ['Passage', 'Document']
//       RETURN a.id AS value, a.name + ' (' + a.kind + ')' AS label ORDER BY label, value
//   - name: hops
//     type: int
//     default: 1
//     choices: [1, 2, 3]
//     label_es: Saltos
//     label_en: Hops
WITH toLower($actor) AS k_actor
MATCH (a)
WHERE NOT a.kind IN ['Passage', 'Document']
  AND (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH p = (a)-[:{{relations}}*1..3]-(b)
WHERE length(p) <= $hops AND b.kind <> 'Passage'
WITH a, collect(DISTINCT b.id) + [a.id] AS ids
MATCH (s)-[r:{{relations}}]->(t)
WHERE s.id IN ids AND t.id IN ids
RETURN s AS source, r AS edge, t AS target, s.name AS source_name, r.type AS type,
       t.name AS target_name, r.id AS edge_id
ORDER BY source_name, type, target_name, edge_id
