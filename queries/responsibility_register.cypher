// title_es: Registro de responsabilidades
// title_en: Responsibility register
// description_es: >-
//   Cada compromiso (acuerdo del acta, tarea de un acuerdo o decisión del informe) con su número,
//   texto, responsables, entregables, plazo o evento (con su precisión) y la cita de la fuente.
// description_en: >-
//   Every commitment (acta agreement, task of an agreement or decision recorded in the report)
//   with its number, text, who is responsible, deliverables, deadline or event (with precision)
//   and the source quote.
// view: table
// programs:
//   neo4j: graph.responsibility_register:responsibility_register
//   embedded: graph.responsibility_register:responsibility_register
// params:
//   - name: doc
//     type: string
//     default: ""
//     label_es: Documento (id; vacío = todos)
//     label_en: Document (id; empty = all)
//     choices_query: MATCH (d:Document) RETURN d.id AS value, d.title AS label ORDER BY value
//   - name: include_report
//     type: bool
//     default: true
//     label_es: Incluir decisiones del informe
//     label_en: Include decisions recorded in the report
//   - name: reviewed
//     type: bool
//     default: false
//     label_es: Solo hechos revisados (aceptados, corregidos, añadidos o curados)
//     label_en: Reviewed facts only (accepted, corrected, added or curated)
WITH CASE WHEN $reviewed THEN ['accepted', 'corrected', 'added', 'curated']
          ELSE ['extracted', 'accepted', 'corrected', 'added', 'curated'] END AS ok
MATCH (c:Commitment)
WHERE ($doc = '' OR c.doc = $doc)
  AND ($include_report OR coalesce(c.acta_group, '') <> 'report')
OPTIONAL MATCH (c)-[:PART_OF]->(parent:Commitment)
WITH ok, c, min(parent.number) AS part_of
OPTIONAL MATCH (a)-[ra:RESPONSIBLE_FOR]->(c) WHERE coalesce(ra.review_status, 'extracted') IN ok
WITH ok, c, part_of, collect(DISTINCT a.name) AS responsible
OPTIONAL MATCH (c)-[rd:DELIVERABLE]->(d) WHERE coalesce(rd.review_status, 'extracted') IN ok
WITH ok, c, part_of, responsible, collect(DISTINCT d.name) AS deliverables
OPTIONAL MATCH (c)-[rw:DUE]->(w) WHERE coalesce(rw.review_status, 'extracted') IN ok
OPTIONAL MATCH (w)-[:HELD_ON]->(wd:Date)
WITH c, part_of, responsible, deliverables,
     collect(DISTINCT w.name) AS due,
     min(coalesce(w.date, wd.date)) AS due_date,
     max(coalesce(w.date_end, wd.date_end, w.date, wd.date)) AS due_end,
     collect(DISTINCT coalesce(w.precision, wd.precision)) AS precision
RETURN c.doc AS document, c.acta_group AS acta_group, c.number AS number, part_of,
       c.text AS commitment, responsible, deliverables, due, due_date, due_end, precision,
       c.quote AS quote, c.section AS section, c.paragraph AS paragraph, c.id AS id
ORDER BY document, CASE WHEN coalesce(c.acta_group, '') = 'report' THEN 1 ELSE 0 END,
         coalesce(c.char_start, 0), id
