// title_es: Relaciones de un actor
// title_en: Relationships of an actor
// description_es: >-
//   Todas las relaciones directas de una entidad (salvo menciones), en ambos sentidos, con su rol
//   y la cita que las respalda.
// description_en: >-
//   Every direct relationship of an entity (mentions aside), both ways, with its role and the
//   quote that backs it.
// view: table
// programs:
//   embedded: graph.actor_relations:actor_relations
// params:
//   - name: actor
//     type: entity
//     default: Panamá
//     required: true
//     label_es: Entidad (id, nombre o alias)
//     label_en: Entity (id, name or alias)
//     choices_query: >-
//       MATCH (a) WHERE NOT a.kind IN ['Passage', 'Document']
//       RETURN a.id AS value, a.name + ' (' + a.kind + ')' AS label ORDER BY label, value
WITH toLower($actor) AS k_actor
MATCH (a:Country|Conference|Organization|Body|Person|Event|Place|Instrument|Commitment|Topic|Statement|Date)
WHERE (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH (a)-[r]-(o)
WHERE r.type <> 'MENTIONS'
RETURN a.name AS actor, r.type AS relation,
       CASE WHEN r.src = a.id THEN 'out' ELSE 'in' END AS direction, o.kind AS other_kind,
       CASE WHEN o.number IS NULL THEN o.name ELSE o.number + ' ' + o.name END AS other, r.role AS role,
       r.on_behalf_of AS on_behalf_of, r.quote AS quote, a.id AS id, o.id AS other_id,
       r.id AS edge_id
ORDER BY id, relation, direction, other_id, edge_id
