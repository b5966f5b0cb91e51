// title_es: Foros que comparten miembros
// title_en: Forums that share members
// description_es: >-
//   Pares de foros (conferencias, órganos, organizaciones) con al menos un miembro o punto focal en
//   común, y cuáles.
// description_en: >-
//   Pairs of forums (conferences, bodies, organisations) with at least one member or focal point
//   in common, and which.
// view: matrix
MATCH (m)-[:MEMBER_OF|FOCAL_POINT]->(f)
// memberships are stored once per document: collapse to distinct (member, forum) before pairing
WITH DISTINCT m, f
WITH m, collect(f) AS fs
UNWIND fs AS f1
UNWIND fs AS f2
WITH m, f1, f2
WHERE f1.id < f2.id
RETURN f1.name AS forum_a, f2.name AS forum_b, count(DISTINCT m) AS shared,
       collect(DISTINCT m.name) AS members, f1.id AS forum_a_id, f2.id AS forum_b_id
ORDER BY shared DESC, forum_a, forum_b, forum_a_id, forum_b_id
