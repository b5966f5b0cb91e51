// title_es: Camino más corto entre dos actores
// title_en: Shortest path between two actors
// description_es: >-
//   Todos los caminos más cortos (hasta 5 saltos, sin el grafo léxico) entre dos entidades,
//   buscadas por id, nombre, sigla o alias.
// description_en: >-
//   All shortest paths (up to 5 hops, leaving out the lexical graph) between two entities,
//   matched by id, name, acronym or alias.
// view: graph
// params:
//   - name: source
//     type: entity
//     default: Chile
//     required: true
//     label_es: Desde
//     label_en: From
//     choices_query: >-
//       MATCH (a) WHERE a.kind IN ['Country', 'Conference', 'Organization', 'Body', 'Person']
//       RETURN a.id AS value, a.name + ' (' + a.kind + ')' AS label ORDER BY label, value
//   - name: target
//     type: entity
//     default: El Salvador
//     required: true
//     label_es: Hasta
//     label_en: To
//     choices_query: >-
//       MATCH (a) WHERE a.kind IN ['Country', 'Conference', 'Organization', 'Body', 'Person']
//       RETURN a.id AS value, a.name + ' (' + a.kind + ')' AS label ORDER BY label, value

// variant: embedded
// LadybugDB: `* ALL SHORTEST` relationship syntax, list_transform/list_reduce for the keys, and
// no leading WITH (a WITH before the recursive pattern makes its planner search from every node).
// Parameters inside any(...) crash LadybugDB 0.22, hence list_contains(list_transform(...)).
MATCH (a)
WHERE NOT a.kind IN ['Passage', 'Document']
  AND (lower(a.id) = lower($source) OR lower(a.name) = lower($source)
       OR lower(coalesce(a.acronym, '')) = lower($source)
       OR list_contains(list_transform(coalesce(a.aliases, []), x -> lower(x)), lower($source)))
MATCH (b)
WHERE NOT b.kind IN ['Passage', 'Document']
  AND (lower(b.id) = lower($target) OR lower(b.name) = lower($target)
       OR lower(coalesce(b.acronym, '')) = lower($target)
       OR list_contains(list_transform(coalesce(b.aliases, []), x -> lower(x)), lower($target)))
  AND a.id <> b.id
MATCH p = (a)-[:{{relations}}* ALL SHORTEST 1..5]-(b)
WITH p, length(p) AS hops,
     list_transform(nodes(p), n -> n.name) AS names,
     list_reduce(list_transform(nodes(p), n -> n.id), (x, y) -> x + ' > ' + y) AS node_key,
     list_reduce(list_transform(rels(p), e -> e.id), (x, y) -> x + ' > ' + y) AS edge_key
RETURN hops, names, p AS path, node_key, edge_key
ORDER BY hops, node_key, edge_key
// variant: neo4j
// Neo4j 5: the GQL `ALL SHORTEST` path selector, list comprehension and reduce for the keys.
WITH toLower($source) AS k_source, toLower($target) AS k_target
MATCH (a)
WHERE NOT a.kind IN ['Passage', 'Document']
  AND (toLower(a.id) = k_source OR toLower(a.name) = k_source
       OR toLower(coalesce(a.acronym, '')) = k_source
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_source))
WITH a, k_target
MATCH (b)
WHERE NOT b.kind IN ['Passage', 'Document']
  AND (toLower(b.id) = k_target OR toLower(b.name) = k_target
       OR toLower(coalesce(b.acronym, '')) = k_target
       OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) = k_target))
  AND a.id <> b.id
MATCH p = ALL SHORTEST (a)-[:{{relations}}*1..5]-(b)
WITH p, length(p) AS hops, [n IN nodes(p) | n.name] AS names,
     reduce(k = '', n IN nodes(p) | k + CASE WHEN k = '' THEN '' ELSE ' > ' END + n.id) AS node_key,
     reduce(k = '', e IN relationships(p) | k + CASE WHEN k = '' THEN '' ELSE ' > ' END + e.id) AS edge_key
RETURN hops, names, p AS path, node_key, edge_key
ORDER BY hops, node_key, edge_key
