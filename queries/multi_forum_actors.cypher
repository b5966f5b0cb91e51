// title_es: Actores presentes en más de un foro
// title_en: Actors present in more than one forum
// description_es: >-
//   Actores presentes (como miembros con cualquier rol, puntos focales o titulares de un cargo) en
//   más de una conferencia, órgano u organización, con la lista de foros y roles.
// description_en: >-
//   Actors present (as members in any role, focal points or post holders) in more than one
//   conference, body or organisation, with the list of forums and roles.
// view: table
// params:
//   - name: min_forums
//     type: int
//     default: 2
//     label_es: Mínimo de foros
//     label_en: Minimum number of forums
MATCH (a)-[r:MEMBER_OF|FOCAL_POINT|HOLDS_POST]->(f)
// memberships are stored once per document: collapse to distinct (actor, forum, role) first
WITH DISTINCT a, f, coalesce(r.role, toLower(r.type)) AS role
WITH a, count(DISTINCT f) AS forums, collect(DISTINCT f.name) AS forum_names,
     collect(DISTINCT role) AS roles
WHERE forums >= $min_forums
RETURN a.name AS actor, a.kind AS kind, forums, forum_names, roles, a.id AS id
ORDER BY forums DESC, actor, id
