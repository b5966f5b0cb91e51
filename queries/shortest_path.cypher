// title_es: Camino más corto entre dos actores
// title_en: Shortest path between two actors
// description_es: >-
//   Todos los caminos más cortos entre dos entidades, buscadas por id, nombre, sigla o alias:
//   como mucho `max_hops` saltos (1 a 5), sin pasajes ni menciones salvo que se pida,
//   opcionalmente solo por ciertos tipos de relación.
// description_en: >-
//   All shortest paths between two entities, matched by id, name, acronym or alias: at most
//   `max_hops` hops (1 to 5), leaving out passages and mentions unless asked, optionally only
//   through some relationship types.
// view: graph
// programs:
//   embedded: graph.shortest_path:shortest_path
//   neo4j: graph.shortest_path:shortest_path
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
//   - name: max_hops
//     type: int
//     default: 5
//     choices: [1, 2, 3, 4, 5]
//     label_es: Saltos como máximo
//     label_en: At most this many hops
//   - name: relations
//     type: strings
//     default: []
//     label_es: Tipos de relación (vacío = todos)
//     label_en: Relationship types (empty = all)
//   - name: passages
//     type: bool
//     default: false
//     label_es: Incluir pasajes y menciones
//     label_en: Include passages and mentions

// Bounded by design, as `neighbourhood`: the search never goes past 5 hops (a pattern's bound
// cannot be a parameter on either engine, so $max_hops keeps the paths of at most that length
// among the shortest, which are all of one length), every hop is filtered on the way (the
// relationship types asked for; no Passage and no lexical relationship unless $passages), and
// the two ends are found before the search starts from them. The former text ran the embedded
// store out of memory at 10 meetings and took 30 s on the report (tests/queries/unbounded/).

// variant: embedded
// LadybugDB: `* ALL SHORTEST` relationship syntax with its per-hop filter `(r, x | WHERE ...)`,
// list_transform/list_reduce for the keys, and no leading WITH (a WITH before the recursive
// pattern makes its planner search from every node). An end's predicate the planner cannot
// push to the scan of that end (a lambda, `a.id <> b.id`) has the same effect, hence the aliases
// matched through list_to_string and no comparison of the two ends (a path needs at least one
// hop, and the per-hop filter keeps a search from an end to itself finite). A filter on both
// r and x at once is refused, hence two conjuncts for $passages.
MATCH (a)
WHERE NOT a.kind IN ['Passage', 'Document']
  AND (lower(a.id) = lower($source) OR lower(a.name) = lower($source)
       OR lower(coalesce(a.acronym, '')) = lower($source)
       OR contains('|' + lower(list_to_string('|', coalesce(a.aliases, []))) + '|',
                   '|' + lower($source) + '|'))
MATCH (b)
WHERE NOT b.kind IN ['Passage', 'Document']
  AND (lower(b.id) = lower($target) OR lower(b.name) = lower($target)
       OR lower(coalesce(b.acronym, '')) = lower($target)
       OR contains('|' + lower(list_to_string('|', coalesce(b.aliases, []))) + '|',
                   '|' + lower($target) + '|'))
MATCH p = (a)-[:{{relations}}|MENTIONS|IN_DOCUMENT* ALL SHORTEST 1..5 (r, x | WHERE
    (size($relations) = 0 OR list_contains($relations, r.type))
    AND ($passages OR NOT list_contains(['MENTIONS', 'IN_DOCUMENT'], r.type))
    AND ($passages OR x.kind <> 'Passage'))]-(b)
WHERE length(p) <= $max_hops
WITH p, length(p) AS hops,
     list_transform(nodes(p), n -> n.name) AS names,
     list_reduce(list_transform(nodes(p), n -> n.id), (x, y) -> x + ' > ' + y) AS node_key,
     list_reduce(list_transform(rels(p), e -> e.id), (x, y) -> x + ' > ' + y) AS edge_key
RETURN hops, names, p AS path, node_key, edge_key
ORDER BY hops, node_key, edge_key
// variant: neo4j
// Neo4j 5: the GQL `ALL SHORTEST` selector over a quantified path pattern whose hops carry the
// filter, list comprehension and reduce for the keys.
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
MATCH p = ALL SHORTEST (a) (()-[r:{{relations}}|MENTIONS|IN_DOCUMENT]-(x)
    WHERE (size($relations) = 0 OR r.type IN $relations)
      AND ($passages OR NOT r.type IN ['MENTIONS', 'IN_DOCUMENT'])
      AND ($passages OR x.kind <> 'Passage')){1,5} (b)
WHERE length(p) <= $max_hops
WITH p, length(p) AS hops, [n IN nodes(p) | n.name] AS names,
     reduce(k = '', n IN nodes(p) | k + CASE WHEN k = '' THEN '' ELSE ' > ' END + n.id) AS node_key,
     reduce(k = '', e IN relationships(p) | k + CASE WHEN k = '' THEN '' ELSE ' > ' END + e.id) AS edge_key
RETURN hops, names, p AS path, node_key, edge_key
ORDER BY hops, node_key, edge_key
