// title_es: Ficha de un compromiso
// title_en: Commitment detail
// description_es: >-
//   Todo lo que se relaciona con un compromiso (por id o número): responsables, entregables,
//   plazos, temas, tareas, apoyos y dónde se discute, con la cita de cada relación.
// description_en: >-
//   Everything linked to a commitment (by id or number): responsible actors, deliverables,
//   deadlines, topics, tasks, support and where it is discussed, with the quote of each link.
// view: table
// params:
//   - name: commitment
//     type: entity
//     default: "9"
//     required: true
//     label_es: Compromiso (id o número)
//     label_en: Commitment (id or number)
//     choices_query: >-
//       MATCH (c:Commitment) RETURN c.id AS value, c.number + ' - ' + c.name AS label
//       ORDER BY value
MATCH (c:Commitment)
WHERE c.id = $commitment OR (c.number = $commitment AND coalesce(c.acta_group, '') <> 'report')
MATCH (c)-[r]-(o)
WHERE r.type <> 'MENTIONS'
RETURN c.number AS number, r.type AS relation,
       CASE WHEN r.src = c.id THEN 'out' ELSE 'in' END AS direction, o.kind AS other_kind,
       CASE WHEN o.number IS NULL THEN o.name ELSE o.number + ' ' + o.name END AS other, r.role AS role, r.quote AS quote,
       c.id AS id, o.id AS other_id, r.id AS edge_id
ORDER BY id, relation, direction, other_id, edge_id
