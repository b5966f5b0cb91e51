// title_es: Acuerdos del acta que el informe no discute
// title_en: Acta agreements the report does not discuss
// description_es: >-
//   Discrepancias informe/acta: acuerdos del acta sin ninguna relación DISCUSSED_IN con un pasaje
//   del informe o una decisión registrada en él.
// description_en: >-
//   Report-versus-acta discrepancies: acta agreements with no DISCUSSED_IN link to a report
//   passage or a decision recorded in the report.
// view: table
MATCH (c:Commitment)
WHERE coalesce(c.acta_group, '') <> 'report'
  AND NOT EXISTS { MATCH (c)-[:DISCUSSED_IN]->() }
  AND NOT EXISTS { MATCH (c)-[:PART_OF]->(:Commitment)-[:DISCUSSED_IN]->() }
RETURN c.doc AS document, c.acta_group AS acta_group, c.number AS number, c.text AS commitment,
       c.id AS id
ORDER BY document, coalesce(c.char_start, 0), id
