// title_es: Compromisos sin responsable
// title_en: Commitments with no responsible actor
// description_es: >-
//   Compromisos a los que no se ha asignado ningún actor responsable (ni ellos ni el acuerdo del
//   que son tarea).
// description_en: >-
//   Commitments that no actor is responsible for (neither directly nor through the agreement they
//   are a task of).
// view: table
MATCH (c:Commitment)
WHERE NOT EXISTS { MATCH ()-[:RESPONSIBLE_FOR]->(c) }
  AND NOT EXISTS { MATCH (c)-[:PART_OF]->(:Commitment)<-[:RESPONSIBLE_FOR]-() }
RETURN c.doc AS document, c.acta_group AS acta_group, c.number AS number, c.text AS commitment,
       c.quote AS quote, c.id AS id
ORDER BY document, CASE WHEN coalesce(c.acta_group, '') = 'report' THEN 1 ELSE 0 END,
         coalesce(c.char_start, 0), id
