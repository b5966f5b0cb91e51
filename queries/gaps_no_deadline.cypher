// title_es: Compromisos sin plazo
// title_en: Commitments with no deadline
// description_es: >-
//   Compromisos sin fecha ni evento de vencimiento (ni ellos ni el acuerdo del que son tarea).
// description_en: >-
//   Commitments with no due date or event (neither directly nor through the agreement they are a
//   task of).
// view: table
MATCH (c:Commitment)
WHERE NOT EXISTS { MATCH (c)-[:DUE]->() }
  AND NOT EXISTS { MATCH (c)-[:PART_OF]->(:Commitment)-[:DUE]->() }
OPTIONAL MATCH (a)-[:RESPONSIBLE_FOR]->(c)
WITH c, collect(DISTINCT a.name) AS responsible
RETURN c.doc AS document, c.acta_group AS acta_group, c.number AS number, c.text AS commitment,
       responsible, c.quote AS quote, c.id AS id
ORDER BY document, CASE WHEN coalesce(c.acta_group, '') = 'report' THEN 1 ELSE 0 END,
         coalesce(c.char_start, 0), id
