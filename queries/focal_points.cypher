// title_es: Puntos focales
// title_en: Focal points
// description_es: >-
//   Quién es punto focal de qué grupo o conferencia y en nombre de qué conferencia, con la cita.
// description_en: >-
//   Who is the focal point of which group or conference, on behalf of which conference, with the
//   quote.
// view: table
// params:
//   - name: body
//     type: entity
//     default: ""
//     label_es: Grupo (vacío = todos)
//     label_en: Group (empty = all)
//     choices_query: >-
//       MATCH ()-[r:FOCAL_POINT]->(g) RETURN DISTINCT g.id AS value, g.name AS label
//       ORDER BY label, value
WITH toLower($body) AS k_body
MATCH (p)-[r:FOCAL_POINT]->(g)
WHERE $body = '' OR g.id = $body OR toLower(g.name) = k_body
   OR toLower(coalesce(g.acronym, '')) = k_body
OPTIONAL MATCH (c:Conference {id: r.on_behalf_of})
RETURN g.name AS group_name, p.name AS focal_point, p.kind AS focal_point_kind,
       coalesce(c.acronym, c.name, r.on_behalf_of) AS on_behalf_of, r.quote AS quote,
       r.section AS section, r.paragraph AS paragraph, g.id AS group_id, p.id AS focal_point_id,
       r.id AS edge_id
ORDER BY group_name, coalesce(on_behalf_of, ''), focal_point, edge_id
