// title_es: Vecindario de un actor
// title_en: Neighbourhood of an actor
// description_es: >-
//   Las relaciones alrededor de una entidad hasta n saltos (1 a 3), sin el grafo léxico
//   (pasajes y menciones) salvo que se pida, opcionalmente solo de ciertos tipos. Cada fila es una
//   relación entre dos nodos del vecindario. Cada salto añade como mucho `max_nodes` nodos (los
//   primeros por id), así que el coste depende del grado de la entidad y no del tamaño del corpus.
// description_en: >-
//   The relationships around an entity up to n hops (1 to 3), leaving out the lexical graph
//   (passages and mentions) unless asked, optionally only of some types. Each row is a
//   relationship between two nodes of the neighbourhood. Each hop adds at most `max_nodes` nodes (the
//   first by id), so the cost depends on the entity's degree, not on the size of the corpus.
// view: graph
// programs:
//   embedded: graph.embedded_neighbourhood:neighbourhood
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
//   - name: max_nodes
//     type: int
//     default: 500
//     label_es: Nodos como máximo por salto
//     label_en: At most this many nodes per hop

// The ball grows one hop at a time, each hop collapsed to distinct nodes and capped at
// $max_nodes (the first by id): relationships between shared entities are stored once per
// document, and the former path pattern `*1..3` multiplied them (24 s on Neo4j and over 60 s on
// LadybugDB at 100 meetings). M1 = the entity's neighbours, M2 = theirs, M3 = theirs again; the
// ball of h hops is M(h-1) and Mh (M0 = the entity; without caps M2 holds the entity and M3
// holds M1), and every relationship inside it has an end in Mh, so the last step expands from
// Mh alone (their degrees), taking a relationship with both ends in Mh from its source. Nothing scans the graph. A parameter cannot bound a pattern on
// either engine, so there is one branch per number of hops, each with its own ORDER BY, and only
// the branch of $hops matches a node. LadybugDB cannot UNWIND a list built by CASE or `+` into
// a node pattern, only one collect()ed as is, hence this shape.
WITH toLower($actor) AS k_actor, $relations AS k_types, $passages AS k_passages
MATCH (a:Country|Conference|Organization|Body|Person|Event|Place|Instrument|Commitment|Topic|Statement|Date)
WHERE $hops = 1
  AND (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH (a)-[r1]-(b1)
WHERE (k_passages OR (NOT r1.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b1.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r1.type IN k_types)
WITH DISTINCT k_types, k_passages, a, b1 ORDER BY b1.id LIMIT $max_nodes
WITH k_types, k_passages, a, collect(b1) AS f1, collect(b1.id) AS i1
UNWIND f1 AS n
MATCH (n)-[r]-(o)
WHERE (o.id IN i1 OR o.id = a.id)
  AND (k_passages OR NOT r.type IN ['MENTIONS', 'IN_DOCUMENT']) AND (size(k_types) = 0 OR r.type IN k_types)
  AND (r.src = n.id OR NOT o.id IN i1)
WITH r, CASE WHEN r.src = n.id THEN n ELSE o END AS s,
     CASE WHEN r.src = n.id THEN o ELSE n END AS t
RETURN s AS source, r AS edge, t AS target, s.name AS source_name, r.type AS type,
       t.name AS target_name, r.id AS edge_id
ORDER BY source_name, type, target_name, edge_id
UNION ALL
WITH toLower($actor) AS k_actor, $relations AS k_types, $passages AS k_passages
MATCH (a:Country|Conference|Organization|Body|Person|Event|Place|Instrument|Commitment|Topic|Statement|Date)
WHERE $hops = 2
  AND (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH (a)-[r1]-(b1)
WHERE (k_passages OR (NOT r1.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b1.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r1.type IN k_types)
WITH DISTINCT k_types, k_passages, a, b1 ORDER BY b1.id LIMIT $max_nodes
WITH k_types, k_passages, a, collect(b1) AS f1, collect(b1.id) AS i1
UNWIND f1 AS x2
MATCH (x2)-[r2]-(b2)
WHERE (k_passages OR (NOT r2.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b2.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r2.type IN k_types)
WITH DISTINCT k_types, k_passages, a, i1, b2 ORDER BY b2.id LIMIT $max_nodes
WITH k_types, k_passages, a, i1, collect(b2) AS f2, collect(b2.id) AS i2
UNWIND f2 AS n
MATCH (n)-[r]-(o)
WHERE (o.id IN i2 OR o.id IN i1)
  AND (k_passages OR NOT r.type IN ['MENTIONS', 'IN_DOCUMENT']) AND (size(k_types) = 0 OR r.type IN k_types)
  AND (r.src = n.id OR NOT o.id IN i2)
WITH r, CASE WHEN r.src = n.id THEN n ELSE o END AS s,
     CASE WHEN r.src = n.id THEN o ELSE n END AS t
RETURN s AS source, r AS edge, t AS target, s.name AS source_name, r.type AS type,
       t.name AS target_name, r.id AS edge_id
ORDER BY source_name, type, target_name, edge_id
UNION ALL
WITH toLower($actor) AS k_actor, $relations AS k_types, $passages AS k_passages
MATCH (a:Country|Conference|Organization|Body|Person|Event|Place|Instrument|Commitment|Topic|Statement|Date)
WHERE $hops = 3
  AND (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH (a)-[r1]-(b1)
WHERE (k_passages OR (NOT r1.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b1.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r1.type IN k_types)
WITH DISTINCT k_types, k_passages, a, b1 ORDER BY b1.id LIMIT $max_nodes
WITH k_types, k_passages, a, collect(b1) AS f1, collect(b1.id) AS i1
UNWIND f1 AS x2
MATCH (x2)-[r2]-(b2)
WHERE (k_passages OR (NOT r2.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b2.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r2.type IN k_types)
WITH DISTINCT k_types, k_passages, a, i1, b2 ORDER BY b2.id LIMIT $max_nodes
WITH k_types, k_passages, a, i1, collect(b2) AS f2, collect(b2.id) AS i2
UNWIND f2 AS x3
MATCH (x3)-[r3]-(b3)
WHERE (k_passages OR (NOT r3.type IN ['MENTIONS', 'IN_DOCUMENT'] AND b3.kind <> 'Passage'))
  AND (size(k_types) = 0 OR r3.type IN k_types)
WITH DISTINCT k_types, k_passages, a, i2, b3 ORDER BY b3.id LIMIT $max_nodes
WITH k_types, k_passages, a, i2, collect(b3) AS f3, collect(b3.id) AS i3
UNWIND f3 AS n
MATCH (n)-[r]-(o)
WHERE (o.id IN i3 OR o.id IN i2)
  AND (k_passages OR NOT r.type IN ['MENTIONS', 'IN_DOCUMENT']) AND (size(k_types) = 0 OR r.type IN k_types)
  AND (r.src = n.id OR NOT o.id IN i3)
WITH r, CASE WHEN r.src = n.id THEN n ELSE o END AS s,
     CASE WHEN r.src = n.id THEN o ELSE n END AS t
RETURN s AS source, r AS edge, t AS target, s.name AS source_name, r.type AS type,
       t.name AS target_name, r.id AS edge_id
ORDER BY source_name, type, target_name, edge_id
