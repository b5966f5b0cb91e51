// title_es: Actores presentes en más de un foro
// title_en: Actors present in more than one forum
// description_es: >-
//   Actores presentes (como miembros con cualquier rol, puntos focales, titulares de un cargo o
//   presidencias) en más de un foro. Un órgano cuenta como la conferencia a la que pertenece (la
//   Troika de la CRM es la CRM); un órgano u organización sin conferencia, o común a varias, cuenta
//   por sí mismo.
//   Con la lista de foros y el rol en cada uno.
// description_en: >-
//   Actors present (as members in any role, focal points, post holders or presidencies) in more
//   than one forum. A body counts as the conference it belongs to (the CRM Troika is the CRM); a
//   body or organisation of no conference, or joint to several, counts as itself. With each forum and the role
//   held in it.
// view: table
// params:
//   - name: min_forums
//     type: int
//     default: 2
//     label_es: Mínimo de foros
//     label_en: Minimum number of forums
MATCH (a)-[r:MEMBER_OF|FOCAL_POINT|HOLDS_POST|PRESIDES]->(f:Conference|Body|Organization)
OPTIONAL MATCH (f)-[:PART_OF]->(conf:Conference)
WITH a, r, f, count(DISTINCT conf.id) AS parents, min(conf.id) AS conf_id,
     min(coalesce(conf.acronym, conf.name)) AS conf_name
// memberships are stored once per document: collapse to distinct (actor, forum, role) first
WITH DISTINCT a, CASE WHEN parents = 1 THEN conf_id ELSE f.id END AS forum_id,
     CASE WHEN parents = 1 THEN conf_name ELSE coalesce(f.acronym, f.name) END AS forum,
     coalesce(r.role, toLower(r.type)) AS role
WITH a, forum_id, forum, collect(DISTINCT forum + ': ' + role) AS held
WITH a, count(forum_id) AS forums, collect(forum) AS forum_names, collect(held) AS held
UNWIND held AS pairs
UNWIND pairs AS pair
WITH a, forums, forum_names, collect(pair) AS roles
WHERE forums >= $min_forums
RETURN a.name AS actor, a.kind AS kind, forums, forum_names, roles, a.id AS id
ORDER BY forums DESC, actor, id
